import type { LocalCloud } from '../local-cloud';
import { invocationContext } from '../functions-host';

/** Calls a cloud function as `openid`, as the app would; a refusal stops the seed with its code. */
export async function callAs<T = Record<string, any>>(cloud: LocalCloud, fn: string, openid: string, data: Record<string, unknown>): Promise<T> {
  const res = (await cloud.functions.get(fn)!(data, invocationContext(fn, { openid, source: 'wx_client' }))) as {
    ok: boolean;
    data: T;
    error?: { code: string };
  };
  if (!res.ok) throw new Error(`seed: ${fn}.${String(data.action)} by ${openid} failed: ${res.error?.code}`);
  return res.data;
}
