import Database from 'better-sqlite3';
import { LiveAccess } from './access';
import { actions, Context } from './actions';
import { DocWrites } from './doc-writes';
import { parseEjson, resolveServerDates } from './ejson';
import { errorBody, errors } from './errors';
import { RequestBody } from './request';
import { IndexSpec, Schema } from './schema';
import { Tables } from './tables';
import { Transactions } from './transactions';
import { Versions, WriteBlocked } from './versions';

type Reply = Record<string, unknown>;

export type { IndexSpec } from './schema';
export type { DocWriteCount, DocWrites } from './doc-writes';
export { loadIndexFile } from './index-file';
export { DbError } from './errors';

export interface StoreOptions {
  /** SQLite file path, or ':memory:'. */
  file: string;
  collections: string[];
  indexes: IndexSpec[];
  /** Milliseconds on the emulator's movable clock; used for serverDate. */
  now: () => number;
  /** A transaction not committed or aborted this long (real time) after its start is aborted, as on CloudBase. Default 30 s. */
  transactionTimeoutMs?: number;
  /** Simple conditional updates in SQL instead of JavaScript (default true, or EMULATOR_SQL_UPDATES=0 to compare). */
  sqlUpdates?: boolean;
}

let requestSeq = 0;

/**
 * The CloudBase database API (what `@cloudbase/node-sdk` POSTs to /admin) on SQLite.
 * `handle()` is synchronous: a request runs to completion before the next one
 * starts, which with one SQLite transaction per write makes every request atomic.
 */
export class DocumentStore {
  readonly counters: { requests: number; byAction: Record<string, number> } = { requests: 0, byAction: {} };
  /** Committed writes per document: `docWrites.reset()`, then `docWrites.busiest('deals')`. Not reset by resetCounters(). */
  readonly docWrites = new DocWrites();
  private readonly ctx: Context;

  private constructor(
    private readonly db: Database.Database,
    private readonly tables: Tables,
    versions: Versions,
    private readonly txs: Transactions,
    private readonly now: () => number,
    sqlUpdates: boolean,
  ) {
    // One wrapper for every write: better-sqlite3 builds a transaction function's wrappers anew on each db.transaction().
    const inTransaction = db.transaction((fn: () => unknown) => fn());
    this.ctx = {
      schema: tables.schema,
      tables,
      txs,
      sqlUpdates,
      live: <T>(fn: (access: LiveAccess) => T): T => {
        const access = new LiveAccess(tables, versions, this.docWrites);
        const result = inTransaction(() => fn(access)) as T;
        access.flush();
        return result;
      },
    };
  }

  static open(opts: StoreOptions): DocumentStore {
    const db = new Database(opts.file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const schema = new Schema(db);
    db.transaction(() => {
      for (const name of opts.collections) schema.create(name);
      for (const spec of opts.indexes) schema.ensureIndex(spec);
    })();
    const tables = new Tables(db, schema);
    const versions = new Versions();
    const txs = new Transactions(tables, versions, opts.transactionTimeoutMs ?? 30_000);
    return new DocumentStore(db, tables, versions, txs, opts.now, opts.sqlUpdates ?? process.env.EMULATOR_SQL_UPDATES !== '0');
  }

  /**
   * Answers one POST /admin body with the JSON the SDK expects (always HTTP 200).
   * Synchronous, except a write outside transactions to a document an open
   * transaction has written: as on CloudBase (MongoDB) it waits until that
   * transaction ends, so the answer is then a Promise (await what this returns).
   */
  handle(body: Record<string, unknown>): Reply | Promise<Reply> {
    const requestId = `emu_${Date.now().toString(16)}_${++requestSeq}`;
    const action = body && typeof body === 'object' ? body.action : undefined;
    const name = typeof action === 'string' ? action : '(none)';
    this.counters.requests += 1;
    this.counters.byAction[name] = (this.counters.byAction[name] ?? 0) + 1;
    return this.answer(body, name, requestId);
  }

  private answer(body: Record<string, unknown>, name: string, requestId: string): Reply | Promise<Reply> {
    try {
      this.txs.sweep();
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw errors.invalidParam('body must be a JSON object');
      const run = actions[name];
      if (!run) throw errors.invalidAction(body.action);
      return { ...run(this.ctx, new RequestBody(body, this.now())), requestId };
    } catch (err) {
      if (err instanceof WriteBlocked) return this.txs.whenEnded(err.txId).then(() => this.answer(body, name, requestId));
      return errorBody(err, requestId);
    }
  }

  /** SQLite's EXPLAIN QUERY PLAN lines for the candidate selection of a where() query, optionally sorted (`{ createdAt: -1 }`). */
  explain(collection: string, queryEjson: string, order?: Record<string, 1 | -1>): string[] {
    const query = resolveServerDates(parseEjson(queryEjson), this.now()) as Record<string, unknown>;
    return this.tables.explain(this.tables.schema.assert(collection), query, order);
  }

  /** Whether simple conditional updates run in SQL (pushdown.ts); switch off to measure or compare the JavaScript path. */
  get sqlUpdates(): boolean {
    return this.ctx.sqlUpdates;
  }

  set sqlUpdates(on: boolean) {
    this.ctx.sqlUpdates = on;
  }

  resetCounters(): void {
    this.counters.requests = 0;
    this.counters.byAction = {};
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
