import type { LiveAccess, Sink, Source } from './access';
import { parseStages, runAggregate } from './aggregate';
import { stringifyEjson } from './ejson';
import { errors } from './errors';
import { assertGeoIndexed } from './geo';
import { normalizeModifier } from './modifier';
import { Selector, countDocs, findDocs, insertDocs, modifyAndReturn, modifyDocs, removeDocs } from './operations';
import { planSqlUpdate } from './pushdown';
import type { RequestBody } from './request';
import type { Schema } from './schema';
import type { Tables } from './tables';
import type { Transactions, TxState } from './transactions';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface Context {
  schema: Schema;
  tables: Tables;
  txs: Transactions;
  /** Whether simple conditional updates outside transactions run in SQL (see pushdown.ts). */
  sqlUpdates: boolean;
  /** Runs a write in one SQLite transaction. */
  live<T>(fn: (access: LiveAccess) => T): T;
}

type Action = (ctx: Context, req: RequestBody) => Record<string, unknown>;

function txId(req: RequestBody): string | undefined {
  const id = req.body.transactionId;
  return id === undefined || id === null || id === '' ? undefined : String(id);
}

function read(ctx: Context, req: RequestBody): Source {
  const id = txId(req);
  return id ? ctx.txs.access(id) : ctx.tables;
}

/** Inside a transaction the write is buffered; otherwise it is applied atomically now. */
function write<T>(ctx: Context, req: RequestBody, fn: (src: Source, sink: Sink) => T): T {
  const id = txId(req);
  if (id) {
    const access = ctx.txs.access(id);
    return fn(access, access);
  }
  return ctx.live((access) => fn(access, access));
}

/** Which documents the request addresses; geo conditions need a 2dsphere index on their field. */
function selector(ctx: Context, req: RequestBody, coll: string): Selector {
  const sel = req.selector();
  assertGeoIndexed(sel.query, ctx.schema.geoFields(coll));
  return sel;
}

function collection(ctx: Context, req: RequestBody): string {
  return ctx.schema.assert(req.body.collectionName);
}

export const actions: Record<string, Action> = {
  'database.getDocument': (ctx, req) => {
    const coll = collection(ctx, req);
    const limit = Math.min(req.int('limit', DEFAULT_LIMIT) || DEFAULT_LIMIT, MAX_LIMIT);
    const offset = req.int('offset', 0);
    const docs = findDocs(read(ctx, req), coll, selector(ctx, req, coll), {
      order: req.order(), offset, limit, projection: req.object('projection'),
    });
    return { data: { list: docs.map(stringifyEjson), limit, offset } };
  },

  'database.calculateDocument': (ctx, req) => {
    const coll = collection(ctx, req);
    return { data: { total: countDocs(read(ctx, req), coll, selector(ctx, req, coll)) } };
  },

  'database.insertDocument': (ctx, req) => {
    const coll = collection(ctx, req);
    const docs = req.docs('data');
    return { data: { insertedIds: write(ctx, req, (_src, sink) => insertDocs(sink, coll, docs)) } };
  },

  'database.modifyDocument': (ctx, req) => {
    const coll = collection(ctx, req);
    const sel = selector(ctx, req, coll);
    const data = req.object('data', true)!;
    const merge = req.flag('merge', true);
    if (!merge && Object.keys(data).some((k) => k.startsWith('$'))) throw errors.invalidParam('set() takes no update operators');
    if (merge) normalizeModifier(data);
    const opts = { data, merge, multi: sel.byId === undefined && req.flag('multi', false), upsert: req.flag('upsert', false) };
    const sql = ctx.sqlUpdates && !txId(req) ? planSqlUpdate(sel, opts, ctx.schema.usableIndexes(coll)) : null;
    if (sql) {
      return {
        data: ctx.live((access) => {
          const updated = access.updateInSql(coll, sql);
          return updated === null ? modifyDocs(access, access, coll, sel, opts) : { updated, upsert_id: null };
        }),
      };
    }
    return { data: write(ctx, req, (src, sink) => modifyDocs(src, sink, coll, sel, opts)) };
  },

  'database.modifyAndReturnDoc': (ctx, req) => {
    const coll = collection(ctx, req);
    const sel = selector(ctx, req, coll);
    const data = req.object('data', true)!;
    normalizeModifier(data);
    const res = write(ctx, req, (src, sink) => modifyAndReturn(src, sink, coll, sel, data));
    return { data: { updated: res.updated, doc: res.doc ? stringifyEjson(res.doc) : null } };
  },

  'database.removeDocument': (ctx, req) => {
    const coll = collection(ctx, req);
    const sel = selector(ctx, req, coll);
    const multi = sel.byId === undefined && req.flag('multi', true);
    return { data: { deleted: write(ctx, req, (src, sink) => removeDocs(src, sink, coll, sel, multi)) } };
  },

  'database.aggregateDocuments': (ctx, req) => {
    const coll = collection(ctx, req);
    const stages = parseStages(req.body.stages, req.nowMs);
    return { data: { list: runAggregate(ctx.tables, coll, stages).map(stringifyEjson) } };
  },

  'database.addCollection': (ctx, req) => {
    const name = req.body.collectionName;
    if (typeof name !== 'string') throw errors.invalidParam('collectionName must be a string');
    if (ctx.schema.has(name)) throw errors.collectionExists(name);
    ctx.schema.create(name);
    return {};
  },

  'database.startTransaction': (ctx) => ({ transactionId: ctx.txs.start() }),

  'database.commitTransaction': (ctx, req) => {
    const tx = ctx.txs.take(req.body.transactionId);
    try {
      ctx.live((access) => commitWrites(ctx, tx, access));
    } finally {
      ctx.txs.finish(tx);
    }
    return {};
  },

  'database.abortTransaction': (ctx, req) => {
    ctx.txs.abort(req.body.transactionId);
    return {};
  },
};

function commitWrites(ctx: Context, tx: TxState, access: LiveAccess): void {
  for (const [key] of tx.writes) if (ctx.txs.touchedSince(key, tx.start)) throw errors.conflict();
  for (const w of tx.writes.values()) {
    if (w.doc) access.put(w.collection, w.doc);
    else access.remove(w.collection, w.id);
  }
}
