import type { IncomingMessage, ServerResponse } from 'http';
import type { LocalCloud } from '../local-cloud';
import { invocationContext } from '../functions-host';
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
  const result = await main(event, invocationContext(name, { openid, source: 'wx_client' }));
  sendJson(res, 200, result);
}
