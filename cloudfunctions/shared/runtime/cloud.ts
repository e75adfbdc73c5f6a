import tcb from '@cloudbase/node-sdk';
import { readRuntimeConfig } from './config';

type App = ReturnType<typeof tcb.init>;
export type Database = ReturnType<App['database']>;

let app: App | undefined;

/**
 * The CloudBase app of this function instance, created on first use.
 * Locally `serviceUrl` points the unmodified SDK at the emulator; the emulator
 * ignores request signatures, so placeholder credentials do.
 */
export function cloudApp(): App {
  if (!app) {
    const config = readRuntimeConfig();
    // Off Tencent Cloud the SDK probes a metadata host before requests; on a laptop
    // that lookup can hang for seconds. The local cloud is never on Tencent Cloud.
    if (config.serviceUrl) process.env.TENCENTCLOUD ??= 'true';
    app = tcb.init({
      env: config.envId ?? (tcb.SYMBOL_CURRENT_ENV as unknown as string),
      timeout: config.timeoutMs,
      ...(config.serviceUrl
        ? { serviceUrl: config.serviceUrl, secretId: 'local', secretKey: 'local' }
        : {}),
    });
  }
  return app;
}

export function database(): Database {
  return cloudApp().database();
}

/** Forget the app (tests that restart the local cloud on another port). */
export function resetCloudApp(): void {
  app = undefined;
}
