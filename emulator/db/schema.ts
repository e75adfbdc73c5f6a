import type Database from 'better-sqlite3';
import type { Doc } from './ejson';
import { errors } from './errors';

export interface IndexSpec {
  collection: string;
  name: string;
  keys: { field: string; direction: 1 | -1 }[];
  unique?: boolean;
  /** A geospatial index: its fields take geoNear / geoWithin / geoIntersects (no SQL index is built). */
  kind?: '2dsphere';
}

const NAME = /^[A-Za-z0-9_-]{1,100}$/;
/** A document field path: names of letters, digits and `_`, joined by dots. */
export const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The SQL expression an index is built on; queries must use the very same text. */
export function keyExpr(field: string): string {
  return `json_extract(doc, '$.${field}')`;
}

export function indexName(collection: string, name: string): string {
  return `"ix_${collection}_${name}"`;
}

export function tableOf(collection: string): string {
  return `"c_${collection}"`;
}

/**
 * One table per collection: each collection's expression indexes then cover only
 * its own documents, and a query names its table instead of filtering a shared one.
 */
export class Schema {
  private readonly tables = new Set<string>();
  private readonly indexes = new Map<string, IndexSpec[]>();
  private readonly geo = new Map<string, string[]>();
  /** Indexes on which some document holds an array: json_extract cannot match array elements, so they are not used. */
  private readonly multikey = new Set<string>();

  constructor(private readonly db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS _emulator_multikey (collection TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (collection, name))');
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'").all() as { name: string }[];
    for (const { name } of rows) this.tables.add(name.slice(2));
    const marked = db.prepare('SELECT collection, name FROM _emulator_multikey').all() as { collection: string; name: string }[];
    for (const m of marked) this.multikey.add(`${m.collection}/${m.name}`);
  }

  has(collection: string): boolean {
    return this.tables.has(collection);
  }

  assert(collection: unknown): string {
    if (typeof collection !== 'string' || !this.tables.has(collection)) throw errors.collectionNotExist();
    return collection;
  }

  create(collection: string): void {
    if (!NAME.test(collection)) throw errors.invalidParam(`invalid collection name: ${collection}`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${tableOf(collection)} (_id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL)`);
    this.tables.add(collection);
  }

  ensureIndex(spec: IndexSpec): void {
    if (!NAME.test(spec.name) || !spec.keys.length || spec.keys.some((k) => !FIELD.test(k.field))) {
      throw errors.invalidParam(`invalid index ${spec.collection}.${spec.name}`);
    }
    if (!this.tables.has(spec.collection)) this.create(spec.collection);
    if (spec.kind === '2dsphere') {
      const fields = new Set([...(this.geo.get(spec.collection) ?? []), ...spec.keys.map((k) => k.field)]);
      this.geo.set(spec.collection, [...fields]);
      return;
    }
    const name = indexName(spec.collection, spec.name);
    const keys = spec.keys.map((k) => `${keyExpr(k.field)} ${k.direction === -1 ? 'DESC' : 'ASC'}`).join(', ');
    const sql = `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX ${name} ON ${tableOf(spec.collection)} (${keys})`;
    const existing = this.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(name.slice(1, -1)) as
      | { sql: string }
      | undefined;
    if (existing?.sql !== sql) {
      if (existing) this.db.exec(`DROP INDEX ${name}`);
      this.db.exec(sql);
      this.multikey.delete(`${spec.collection}/${spec.name}`);
      this.db.prepare('DELETE FROM _emulator_multikey WHERE collection = ? AND name = ?').run(spec.collection, spec.name);
      this.scanForArrays(spec);
    }
    const list = (this.indexes.get(spec.collection) ?? []).filter((s) => s.name !== spec.name);
    this.indexes.set(spec.collection, [...list, spec]);
  }

  /** The fields of a collection under a 2dsphere index. */
  geoFields(collection: string): string[] {
    return this.geo.get(collection) ?? [];
  }

  /** Indexes usable for candidate selection. */
  usableIndexes(collection: string): IndexSpec[] {
    return (this.indexes.get(collection) ?? []).filter((s) => !this.multikey.has(`${collection}/${s.name}`));
  }

  private scanForArrays(spec: IndexSpec): void {
    const prefixes = spec.keys.flatMap((k) => k.field.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.')));
    const test = prefixes.map((p) => `json_type(doc, '$.${p}') = 'array'`).join(' OR ');
    if (this.db.prepare(`SELECT 1 FROM ${tableOf(spec.collection)} WHERE ${test} LIMIT 1`).get()) {
      this.markMultikey(spec);
    }
  }

  private markMultikey(spec: IndexSpec): void {
    this.multikey.add(`${spec.collection}/${spec.name}`);
    this.db.prepare('INSERT OR IGNORE INTO _emulator_multikey (collection, name) VALUES (?, ?)').run(spec.collection, spec.name);
  }

  noteArrays(collection: string, doc: Doc): void {
    for (const spec of this.usableIndexes(collection)) {
      if (spec.keys.some((k) => crossesArray(doc, k.field.split('.')))) this.markMultikey(spec);
    }
  }
}

function crossesArray(doc: Doc, path: string[]): boolean {
  let value: unknown = doc;
  for (const segment of path) {
    if (!value || typeof value !== 'object' || value instanceof Date) return false;
    value = (value as Doc)[segment];
    if (Array.isArray(value)) return true;
  }
  return false;
}
