/** See weapp-engines.js (CommonJS, so babel.config.js can read it too). */
export declare const WEAPP_BROWSERS: string[]
