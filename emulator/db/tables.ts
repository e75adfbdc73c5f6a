import type Database from 'better-sqlite3';
import type { Doc } from './ejson';
import { errors } from './errors';
import { assertDocSize, MAX_DOC_BYTES } from './limits';
import { planQuery, SortSpec } from './planner';
import type { SqlUpdate } from './pushdown';
import { Schema, tableOf } from './schema';
import { decodeDoc, encodeDoc, idKey } from './stored';

/** Committed documents in SQLite: reads, candidate selection and raw writes. */
export class Tables {
  /** Rows fetched by candidate selection (both paths); tests read it to check that a page reads about `limit` rows. */
  rowsRead = 0;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    readonly schema: Schema,
  ) {}

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      if (this.statements.size > 500) this.statements.clear();
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  getRaw(collection: string, id: string): string | null {
    const row = this.stmt(`SELECT doc FROM ${tableOf(collection)} WHERE _id = ?`).get(id) as { doc: string } | undefined;
    return row ? row.doc : null;
  }

  get(collection: string, id: string): Doc | null {
    const raw = this.getRaw(collection, id);
    return raw === null ? null : decodeDoc(raw);
  }

  /** A superset of the documents matching `query`, selected through an index when one applies. */
  candidates(collection: string, query: Doc | undefined): Doc[] {
    const plan = planQuery(collection, query, this.schema.usableIndexes(collection));
    const rows = this.stmt(plan.sql).all(...plan.params) as { doc: string }[];
    this.rowsRead += rows.length;
    return rows.map((r) => decodeDoc(r.doc));
  }

  /**
   * A superset of the matches of `query` in exactly the order mingo's (stable) sort
   * would give the full candidate list, read lazily through an index; null when no
   * index yields that order. Stop iterating early to read fewer rows.
   */
  ordered(collection: string, query: Doc | undefined, order: SortSpec): Iterable<Doc> | null {
    const plan = planQuery(collection, query, this.schema.usableIndexes(collection), order);
    return plan.ordered ? this.streamOrdered(plan.sql, plan.params, Object.keys(order).length) : null;
  }

  /**
   * The index gives rows with equal sort keys in rowid order, or reversed on a
   * backward scan; mingo keeps ties in input (rowid) order for either direction.
   * So each run of equal keys is read whole and yielded by rowid: with a unique
   * last sort key (`_id`) every run is one row.
   *
   * SQLite's order matches mingo's for a field holding one type (plus null or
   * missing, which both put first): numbers, booleans, dates (years 0-9999) and
   * strings, except that SQLite compares strings by code point and mingo by UTF-16
   * unit, which differ between characters above U+FFFF and those in U+E000-U+FFFF.
   * Mixed types differ: a stored date is text starting with \u0001 (before most
   * strings; mingo puts dates after strings), booleans are 0/1 among numbers
   * (mingo puts them after strings), and objects (so also NaN and Infinity, which
   * are stored as `{ $numberDouble }`) compare as JSON text.
   */
  private *streamOrdered(sql: string, params: (string | number)[], nKeys: number): Generator<Doc> {
    type Row = { r: number; doc: string } & Record<string, unknown>;
    const sameKeys = (a: Row, b: Row) => {
      for (let i = 0; i < nKeys; i++) if (a[`k${i}`] !== b[`k${i}`]) return false;
      return true;
    };
    let run: Row[] = [];
    for (const row of this.stmt(sql).iterate(...params) as IterableIterator<Row>) {
      this.rowsRead += 1;
      if (run.length && !sameKeys(run[0], row)) {
        yield* byRowid(run);
        run = [];
      }
      run.push(row);
    }
    yield* byRowid(run);
  }

  explain(collection: string, query: Doc | undefined, order?: SortSpec): string[] {
    const plan = planQuery(collection, query, this.schema.usableIndexes(collection), order);
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${plan.sql}`).all(...plan.params) as { detail: string }[];
    return rows.map((r) => r.detail);
  }

  insert(collection: string, doc: Doc): void {
    const encoded = encodeDoc(doc);
    assertDocSize(doc, encoded);
    try {
      this.stmt(`INSERT INTO ${tableOf(collection)} (_id, doc) VALUES (?, ?)`).run(idKey(doc._id), encoded);
    } catch (err) {
      throw asDuplicate(err, collection, doc);
    }
  }

  /** Insert or replace, keeping the row (and so the natural order) of an existing document. */
  put(collection: string, doc: Doc): void {
    const sql = `INSERT INTO ${tableOf(collection)} (_id, doc) VALUES (?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc`;
    const encoded = encodeDoc(doc);
    assertDocSize(doc, encoded);
    try {
      this.stmt(sql).run(idKey(doc._id), encoded);
    } catch (err) {
      throw asDuplicate(err, collection, doc);
    }
  }

  /**
   * Runs a planned conditional update in SQL: the ids written and, with `befores`,
   * their stored JSON before the write; null (nothing written) when some addressed
   * document holds types the plan cannot judge exactly, so JavaScript must.
   * Call inside one SQLite transaction.
   */
  updateInSql(collection: string, u: SqlUpdate, befores: boolean): { ids: string[]; befores: (string | null)[] } | null {
    const table = tableOf(collection);
    const unchanged = u.mayBeUnchanged ? ` AND ${u.next.text} <> doc` : '';
    const where = `${u.scope.text} AND ${u.exact.text} AND ${u.match.text}${unchanged}`;
    const whereParams = [...u.scope.params, ...u.exact.params, ...u.match.params, ...(u.mayBeUnchanged ? u.next.params : [])];
    const inexact = () => !!this.stmt(`SELECT 1 FROM ${table} WHERE ${u.scope.text} AND NOT ${u.exact.text} LIMIT 1`).get(...u.scope.params, ...u.exact.params);
    // One addressed row: update first and look at exactness only when nothing was written.
    if ((!u.singleId || befores) && inexact()) return null;
    const old = befores
      ? new Map((this.stmt(`SELECT _id, doc FROM ${table} WHERE ${where}`).all(...whereParams) as { _id: string; doc: string }[]).map((r) => [r._id, r.doc]))
      : null;
    let rows: { _id: string; len: number }[];
    try {
      rows = this.stmt(`UPDATE ${table} SET doc = ${u.next.text} WHERE ${where} RETURNING _id, length(doc) AS len`).all(...u.next.params, ...whereParams) as { _id: string; len: number }[];
    } catch (err) {
      throw asDuplicate(err, collection, {});
    }
    // A document grown past the size limit fails the update (the caller's SQLite transaction rolls back).
    for (const row of rows) if (row.len * 5 >= MAX_DOC_BYTES) assertDocSize(decodeDoc(this.getRaw(collection, row._id)!), this.getRaw(collection, row._id)!);
    if (!rows.length && u.singleId && !befores && inexact()) return null;
    const ids = rows.map((r) => r._id);
    return { ids, befores: ids.map((id) => old?.get(id) ?? null) };
  }

  remove(collection: string, id: string): boolean {
    return this.stmt(`DELETE FROM ${tableOf(collection)} WHERE _id = ?`).run(id).changes > 0;
  }
}

function byRowid(run: { r: number; doc: string }[]): Doc[] {
  if (run.length > 1) run.sort((a, b) => a.r - b.r);
  return run.map((row) => decodeDoc(row.doc));
}

function asDuplicate(err: unknown, collection: string, doc: Doc): unknown {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return errors.duplicateKey(collection, `{ _id: ${JSON.stringify(doc._id)} }`);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return errors.duplicateKey(collection, (err as Error).message);
  return err;
}
