import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import tcb from '@cloudbase/node-sdk';
import { DocumentStore, IndexSpec, loadIndexFile } from '../../emulator/db';

export interface DbServerOptions {
  /** Extra collections and indexes, added to those of database/indexes.json. */
  collections?: string[];
  indexes?: IndexSpec[];
  now?: () => number;
  transactionTimeoutMs?: number;
}

/** A DocumentStore behind POST /admin on 127.0.0.1, and the real SDK pointed at it. */
export async function startDbServer(opts: DbServerOptions = {}) {
  // Outside Tencent Cloud the SDK probes metadata.tencentyun.com before every request;
  // here that DNS lookup can hang for seconds. Deployed functions (SCF) skip the probe too.
  process.env.TENCENTCLOUD ??= 'true';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongying-db-'));
  const project = loadIndexFile(path.join(__dirname, '..', '..', 'database', 'indexes.json'));
  const store = DocumentStore.open({
    file: path.join(dir, 'db.sqlite'),
    collections: [...project.collections, ...(opts.collections ?? [])],
    indexes: [...project.indexes, ...(opts.indexes ?? [])],
    now: opts.now ?? Date.now,
    transactionTimeoutMs: opts.transactionTimeoutMs,
  });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      let body: Record<string, unknown> | null = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = null;
      }
      const found = req.method === 'POST' && (req.url ?? '').split('?')[0] === '/admin';
      const status = !found ? 404 : body ? 200 : 400;
      // A write waiting for an open transaction's lock answers later (a Promise).
      const out = found && body ? await store.handle(body) : { code: 'INVALID_PARAM', message: 'bad request', requestId: '' };
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const app = tcb.init({ env: 'local', serviceUrl: `${url}/admin`, secretId: 'local', secretKey: 'local', timeout: 15000 });
  const db = app.database();
  const stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { app, db, store, url, stop };
}

export type DbServer = Awaited<ReturnType<typeof startDbServer>>;
