import fs from 'fs';
import path from 'path';
import type { IncomingMessage, ServerResponse } from 'http';
import type { LocalCloud } from '../local-cloud';
import { HttpError, readJson, sendJson } from './io';
import { sendMissingBuild, serveFile } from './static-files';
import { callFunction } from './cloud-route';
import { devRoute } from './dev-routes';
import { putServerFile, uploadFile } from './upload';
import { consoleRoute } from '../console/api';

/** Every request of the local cloud; bad input is a 4xx, never a 500 or a crash. */
export async function routeRequest(cloud: LocalCloud, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local');
  const method = req.method ?? 'GET';
  try {
    if (url.pathname === '/health') return sendHealth(cloud, res);
    if (url.pathname === '/admin' && method === 'POST') {
      return sendJson(res, 200, await cloud.store.handle((await readJson(req)) as Record<string, unknown>));
    }
    const fn = /^\/cloud\/([^/]+)$/.exec(url.pathname);
    if (fn && method === 'POST') return await callFunction(cloud, decodeURIComponent(fn[1]), req, res);
    if (url.pathname.startsWith('/dev/')) return await devRoute(cloud, url, method, req, res);
    if (url.pathname === '/console' || url.pathname.startsWith('/console/')) return await consoleRoute(cloud, url, method, req, res);
    if (url.pathname === '/storage/upload' && method === 'POST') return await uploadFile(cloud, url, req, res);
    if (url.pathname === '/storage/put' && method === 'POST') return await putServerFile(cloud, url, req, res);
    if (url.pathname.startsWith('/storage/') && method === 'GET') {
      if (serveFile(res, cloud.storage.root, url.pathname.slice('/storage/'.length), 'max-age=3600')) return;
      return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '文件不存在' } });
    }
    if (method === 'GET') return serveApp(cloud, url.pathname, res);
    sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'no such endpoint' } });
  } catch (err) {
    if (err instanceof HttpError) {
      return sendJson(res, err.status, { ok: false, error: { code: 'INVALID_ARGUMENT', message: err.message } });
    }
    console.error('[local cloud]', err);
    if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'local cloud error' } });
  }
}

/** Ready only once the seed has finished, so whoever waits for /health sees the seeded data. */
function sendHealth(cloud: LocalCloud, res: ServerResponse): void {
  if (cloud.ready) return sendJson(res, 200, { ok: true });
  sendJson(res, 503, { ok: false, error: { code: 'STARTING', message: '本地云正在准备数据，请稍候' } });
}

function serveApp(cloud: LocalCloud, pathname: string, res: ServerResponse): void {
  const root = cloud.config.h5Dir;
  if (!fs.existsSync(path.join(root, 'index.html'))) return sendMissingBuild(res);
  if (pathname !== '/' && serveFile(res, root, pathname)) return;
  serveFile(res, root, 'index.html');
}
