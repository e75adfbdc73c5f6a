import tcb from '@cloudbase/node-sdk';

/** Who is calling, as the platform says: never read from the request body. */
export interface Caller {
  openid: string;
  appid: string;
  /** e.g. `wx_client` for a mini-program call, `wx_paycallback` for a payment notification. */
  source: string;
}

/**
 * Reads the caller from the function's context. In CloudBase the platform puts
 * WX_OPENID / WX_APPID / TCB_SOURCE into `context.environment`; the local cloud
 * builds the same context from its `x-wx-openid` header.
 */
export function callerFrom(context: unknown): Caller {
  let env: Record<string, unknown> = {};
  try {
    env = tcb.getCloudbaseContext(context as never) as unknown as Record<string, unknown>;
  } catch {
    env = {};
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    openid: str(env.WX_OPENID),
    appid: str(env.WX_APPID),
    source: str(env.TCB_SOURCE) || str(env.SOURCE),
  };
}
