import type Database from 'better-sqlite3';
import type { Doc } from './ejson';
import { errors } from './errors';
import { planQuery } from './planner';
import { Schema, tableOf } from './schema';
import { decodeDoc, encodeDoc, idKey } from './stored';

/** Committed documents in SQLite: reads, candidate selection and raw writes. */
export class Tables {
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
    return rows.map((r) => decodeDoc(r.doc));
  }

  explain(collection: string, query: Doc | undefined): string[] {
    const plan = planQuery(collection, query, this.schema.usableIndexes(collection));
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${plan.sql}`).all(...plan.params) as { detail: string }[];
    return rows.map((r) => r.detail);
  }

  insert(collection: string, doc: Doc): void {
    try {
      this.stmt(`INSERT INTO ${tableOf(collection)} (_id, doc) VALUES (?, ?)`).run(idKey(doc._id), encodeDoc(doc));
    } catch (err) {
      throw asDuplicate(err, collection, doc);
    }
  }

  /** Insert or replace, keeping the row (and so the natural order) of an existing document. */
  put(collection: string, doc: Doc): void {
    const sql = `INSERT INTO ${tableOf(collection)} (_id, doc) VALUES (?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc`;
    try {
      this.stmt(sql).run(idKey(doc._id), encodeDoc(doc));
    } catch (err) {
      throw asDuplicate(err, collection, doc);
    }
  }

  remove(collection: string, id: string): boolean {
    return this.stmt(`DELETE FROM ${tableOf(collection)} WHERE _id = ?`).run(id).changes > 0;
  }
}

function asDuplicate(err: unknown, collection: string, doc: Doc): unknown {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return errors.duplicateKey(collection, `{ _id: ${JSON.stringify(doc._id)} }`);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return errors.duplicateKey(collection, (err as Error).message);
  return err;
}
