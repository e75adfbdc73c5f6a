// Taro builds use babel-preset-taro; jest (NODE_ENV=test) compiles TypeScript and JSX for Node.
// The weapp build targets WeChat's engines (config/weapp-engines.js); h5 keeps package.json's browserslist.
const { WEAPP_BROWSERS } = require('./config/weapp-engines');

module.exports = (api) => {
  const isTest = api.env('test');
  const isWeapp = api.cache.using(() => process.env.TARO_ENV) === 'weapp';
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    };
  }
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(isWeapp ? { targets: WEAPP_BROWSERS } : {}) }]],
  };
};
