import type { IncomingMessage, ServerResponse } from 'http';
import type { LocalCloud } from '../local-cloud';
import { FunctionTimeoutError, invocationContext } from '../functions-host';
import { readJson, sendJson } from './io';

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * POST /cloud/<name>: the body is the `data` of wx.cloud.callFunction; the
 * `x-wx-openid` header stands in for the identity WeChat puts in the context.
 */
export async function callFunction(cloud: LocalCloud, name: string, req: IncomingMessage, res: ServerResponse) {
  const main = cloud.functions.get(name);
  if (!main) {
    return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `云函数 ${name.slice(0, 40)} 不存在` } });
  }
  const event = await readJson(req);
  const header = req.headers['x-wx-openid'];
  const openid = typeof header === 'string' && OPENID.test(header) ? header : undefined;
  let result: unknown;
  try {
    result = await main(event, invocationContext(name, { openid, source: 'wx_client' }));
  } catch (err) {
    // wx.cloud.callFunction fails with CloudBase's errCode and code when the function times out.
    if (!(err instanceof FunctionTimeoutError)) throw err;
    return sendJson(res, 504, { errCode: err.errCode, code: err.code, errMsg: `cloud.callFunction:fail ${err.message}` });
  }
  sendJson(res, 200, result);
}
