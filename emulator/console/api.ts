import type { IncomingMessage, ServerResponse } from 'http';
import type { LocalCloud } from '../local-cloud';
import { HttpError, readJson, sendJson } from '../http/io';
import { consoleBundle } from './bundle';
import { addDoc, ConsoleError, deleteDoc, getDoc, listCollections, queryDocs, replaceDoc } from './data';
import { DisplayJsonError } from './display-json';
import { requestLog } from './request-log';
import { clock, outboxes, storageFiles, timers, users } from './views';
import { CONSOLE_HTML } from './page';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOCAL_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/**
 * /console (the page), /console/app.js (its bundle) and the JSON API under /console/api/.
 * Only for this machine: another remote address, a foreign Host (DNS rebinding) or
 * another page's Origin is refused, and writes need a JSON body (no simple cross-site form post).
 */
export async function consoleRoute(cloud: LocalCloud, url: URL, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refused = refusal(req);
  if (refused) return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: refused } });
  try {
    if ((url.pathname === '/console' || url.pathname === '/console/') && method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(CONSOLE_HTML);
    }
    if (url.pathname === '/console/app.js' && method === 'GET') {
      const js = await consoleBundle();
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(js);
    }
    if (url.pathname.startsWith('/console/api/')) {
      if (method !== 'GET' && method !== 'DELETE' && !/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        throw new ConsoleError(415, 'INVALID_ARGUMENT', 'send JSON (content-type: application/json)');
      }
      const data = await api(cloud, url.pathname.slice('/console/api/'.length), method, url.searchParams, req);
      return sendJson(res, 200, { ok: true, data });
    }
    sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `no console endpoint ${method} ${url.pathname.slice(0, 80)}` } });
  } catch (err) {
    if (err instanceof ConsoleError) return sendJson(res, err.status, { ok: false, error: { code: err.code, message: err.message } });
    if (err instanceof DisplayJsonError) return sendJson(res, 400, { ok: false, error: { code: 'INVALID_ARGUMENT', message: err.message } });
    if (err instanceof HttpError) return sendJson(res, err.status, { ok: false, error: { code: 'INVALID_ARGUMENT', message: err.message } });
    console.error('[console]', err);
    sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: `console error: ${String((err as Error)?.message ?? err).slice(0, 500)}` } });
  }
}

function refusal(req: IncomingMessage): string | null {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return 'the console answers this machine only (127.0.0.1)';
  if (!LOCAL_HOST.test(req.headers.host ?? '')) return 'the console answers requests for 127.0.0.1 or localhost only';
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    try {
      if (new URL(origin).host !== req.headers.host) return 'the console answers its own pages only';
    } catch {
      return 'bad Origin header';
    }
  }
  return null;
}

async function api(cloud: LocalCloud, route: string, method: string, q: URLSearchParams, req: IncomingMessage): Promise<unknown> {
  const body = async () => ((await readJson(req)) ?? {}) as Record<string, unknown>;
  switch (`${method} ${route}`) {
    case 'GET collections':
      return listCollections(cloud);
    case 'GET docs':
      return queryDocs(cloud, q);
    case 'GET doc':
      return getDoc(cloud, text(q.get('collection'), 'collection'), text(q.get('id'), 'id'));
    case 'POST doc': {
      const b = await body();
      return addDoc(cloud, text(b.collection, 'collection'), text(b.doc, 'doc (the document as JSON text)'));
    }
    case 'PUT doc': {
      const b = await body();
      return replaceDoc(cloud, text(b.collection, 'collection'), text(b.id, 'id'), text(b.doc, 'doc (the document as JSON text)'));
    }
    case 'DELETE doc':
      return deleteDoc(cloud, text(q.get('collection'), 'collection'), text(q.get('id'), 'id'));
    case 'GET requests': {
      const after = Number(q.get('after') ?? 0);
      return { last: requestLog.last, capacity: requestLog.capacity, items: requestLog.since(Number.isFinite(after) ? after : 0) };
    }
    case 'GET timers':
      return timers(cloud);
    case 'GET outboxes':
      return outboxes(cloud);
    case 'GET clock':
      return clock();
    case 'GET storage':
      return storageFiles(cloud);
    case 'GET users':
      return users(cloud);
    default:
      throw new ConsoleError(404, 'NOT_FOUND', `no console endpoint ${method} /console/api/${route.slice(0, 60)}`);
  }
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value) throw new ConsoleError(400, 'INVALID_ARGUMENT', `${name} is required`);
  return value;
}
