import type { IncomingMessage, ServerResponse } from 'http';
import type { LocalCloud } from '../local-cloud';
import { exportDataDir, importIntoCloud, NotEmptyError } from '../data-snapshot';
import { SnapshotError } from '../db/snapshot';
import { readBody, sendJson } from './io';

const MAX_SNAPSHOT = 256 * 1024 * 1024;

/**
 * GET (or POST) /dev/export: the database as a snapshot file (db/snapshot.ts).
 * POST /dev/import[?replace=1], body = a snapshot file: replaces the database with it,
 * all or nothing. 409 NOT_EMPTY without replace on a database with documents;
 * 400 INVALID_SNAPSHOT with the first bad line's number.
 */
export async function snapshotRoute(cloud: LocalCloud, url: URL, method: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (url.pathname === '/dev/export' && (method === 'GET' || method === 'POST')) {
    const text = exportDataDir(cloud.config.dataDir);
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    res.writeHead(200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="gongying-${stamp}.jsonl"`,
      'cache-control': 'no-store',
    });
    res.end(text);
    return true;
  }
  if (url.pathname === '/dev/import' && method === 'POST') {
    const text = (await readBody(req, MAX_SNAPSHOT)).toString('utf8');
    const replace = ['1', 'true'].includes(url.searchParams.get('replace') ?? '');
    try {
      sendJson(res, 200, { ok: true, data: importIntoCloud(cloud, text, { replace }) });
    } catch (err) {
      if (err instanceof SnapshotError) sendJson(res, 400, { ok: false, error: { code: 'INVALID_SNAPSHOT', message: err.message, line: err.line } });
      else if (err instanceof NotEmptyError) sendJson(res, 409, { ok: false, error: { code: 'NOT_EMPTY', message: err.message } });
      else sendJson(res, 500, { ok: false, error: { code: 'IMPORT_FAILED', message: (err as Error).message } });
    }
    return true;
  }
  return false;
}
