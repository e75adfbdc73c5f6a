import fs from 'fs';
import Database from 'better-sqlite3';
import { Doc, parseEjson, stringifyEjson } from './ejson';
import { IndexSpec, Schema, tableOf } from './schema';
import { decodeDoc, encodeDoc, idKey } from './stored';

/**
 * A store's snapshot as JSON lines (`npm run db:export` / `db:import`):
 *
 *   {"snapshot":"gongying-db","version":1}
 *   {"collection":"deals","indexes":[{"name":"status","keys":[{"field":"status","direction":1}],"unique":false}]}
 *   {"collection":"deals","doc":{"_id":"d1","price":1990,"ratio":0.5,"endsAt":{"$date":{"$numberLong":"1767225600000"}}}}
 *   ...
 *
 * Collections come sorted by name, each line announcing it (with its indexes, sorted
 * by name) before its documents, which come sorted by _id. Documents are written as
 * the SDK's wire EJSON (ejson.ts): numbers as JSON numbers (an integer without a
 * fraction, any other number with one, NaN and ±Infinity as `$numberDouble`), dates
 * as `$date` milliseconds, regular expressions as `$regularExpression`. Reading takes
 * canonical EJSON too (`$numberInt`, `$numberLong`, `$numberDouble`, `$date` as an
 * ISO string, `$oid` which the store keeps as a string). The same store always gives
 * the same bytes: no timestamps, fixed orders.
 */
export const SNAPSHOT_FORMAT = { snapshot: 'gongying-db', version: 1 } as const;

/** A snapshot line that cannot be imported; `line` counts from 1. */
export class SnapshotError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

export interface SnapshotCounts {
  collections: number;
  documents: number;
}

type SnapshotIndex = Omit<IndexSpec, 'collection'>;

const INDEX_KEY = /json_extract\(doc, '\$\.([A-Za-z0-9_.]+)'\) (ASC|DESC)/g;

/** The collections' indexes as the store created them (schema.ts's SQL), read back from SQLite. */
function readIndexes(db: Database.Database, collection: string): SnapshotIndex[] {
  const prefix = `ix_${collection}_`;
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(`c_${collection}`) as { name: string; sql: string }[];
  return rows
    .filter((r) => r.name.startsWith(prefix))
    .map((r) => ({
      name: r.name.slice(prefix.length),
      keys: [...r.sql.matchAll(INDEX_KEY)].map((m) => ({ field: m[1], direction: m[2] === 'DESC' ? -1 : 1 }) as const),
      unique: r.sql.startsWith('CREATE UNIQUE INDEX'),
    }))
    .sort((a, b) => compare(a.name, b.name));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The snapshot of an open store database, line by line (without line ends), read in one transaction. */
export function snapshotLines(db: Database.Database): string[] {
  return db.transaction(() => {
    const lines = [JSON.stringify(SNAPSHOT_FORMAT)];
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'").all() as { name: string }[];
    const collections = tables.map((t) => t.name.slice(2)).sort(compare);
    for (const collection of collections) {
      lines.push(JSON.stringify({ collection, indexes: readIndexes(db, collection) }));
      const rows = db.prepare(`SELECT doc FROM ${tableOf(collection)} ORDER BY _id`).iterate() as IterableIterator<{ doc: string }>;
      const name = JSON.stringify(collection);
      for (const row of rows) lines.push(`{"collection":${name},"doc":${stringifyEjson(decodeDoc(row.doc))}}`);
    }
    return lines;
  })();
}

/** The snapshot text (lines ending in \n) of the store file `file`; it must exist. */
export function exportSnapshot(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`no database at ${file}`);
  const db = new Database(file, { fileMustExist: true });
  try {
    return snapshotLines(db).join('\n') + '\n';
  } finally {
    db.close();
  }
}

/** Whether the store file holds any document (a missing file holds none). */
export function storeHasDocuments(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'").all() as { name: string }[];
    return tables.some((t) => !!db.prepare(`SELECT 1 FROM "${t.name}" LIMIT 1`).get());
  } finally {
    db.close();
  }
}

function isPlainObject(value: unknown): value is Doc {
  return !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof RegExp);
}

function parseIndexes(value: unknown, collection: string): IndexSpec[] {
  if (!Array.isArray(value)) throw new Error('"indexes" must be an array');
  return value.map((ix, i) => {
    const where = `index ${i + 1}`;
    if (!isPlainObject(ix)) throw new Error(`${where} must be an object`);
    const extra = Object.keys(ix).filter((k) => k !== 'name' && k !== 'keys' && k !== 'unique');
    if (extra.length) throw new Error(`${where}: unexpected "${extra[0]}"`);
    if (typeof ix.name !== 'string') throw new Error(`${where}: "name" must be a string`);
    if (ix.unique !== undefined && typeof ix.unique !== 'boolean') throw new Error(`${where}: "unique" must be true or false`);
    if (!Array.isArray(ix.keys) || !ix.keys.length) throw new Error(`${where}: "keys" must be a non-empty array`);
    const keys = ix.keys.map((k: unknown) => {
      if (!isPlainObject(k) || typeof k.field !== 'string' || (k.direction !== 1 && k.direction !== -1) || Object.keys(k).length !== 2) {
        throw new Error(`${where}: each key must be {"field": "<path>", "direction": 1 | -1}`);
      }
      return { field: k.field, direction: k.direction as 1 | -1 };
    });
    return { collection, name: ix.name, keys, unique: ix.unique === true };
  });
}

function constraintMessage(err: unknown, collection: string, id: string): string {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return `duplicate _id ${JSON.stringify(id)} in ${collection}`;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return `${collection} ${JSON.stringify(id)} breaks a unique index (${(err as Error).message})`;
  return (err as Error).message;
}

/**
 * Builds a new store file `file` (which must not exist) from snapshot text: every line
 * is checked as it is written, inside one SQLite transaction; on the first bad line the
 * file is removed and a SnapshotError names the line. Indexes are created before the
 * documents, so a document breaking a unique index is reported at its own line.
 */
export function buildFromSnapshot(text: string, file: string): SnapshotCounts {
  if (fs.existsSync(file)) throw new Error(`${file} exists already`);
  const db = new Database(file);
  let ok = false;
  try {
    const counts = db.transaction(() => writeLines(db, text))();
    ok = true;
    return counts;
  } finally {
    db.close();
    if (!ok) for (const f of [file, `${file}-journal`]) fs.rmSync(f, { force: true });
  }
}

function writeLines(db: Database.Database, text: string): SnapshotCounts {
  const schema = new Schema(db);
  const declared = new Map<string, Database.Statement>();
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let documents = 0;
  let sawHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i].replace(/\r$/, '');
    if (!line.trim()) continue;
    let entry: unknown;
    try {
      entry = parseEjson(line);
    } catch (err) {
      throw new SnapshotError(n, `not JSON (${(err as Error).message})`);
    }
    if (!sawHeader) {
      const header = entry as Doc;
      if (!isPlainObject(header) || header.snapshot !== SNAPSHOT_FORMAT.snapshot) {
        throw new SnapshotError(n, `not a snapshot: the first line must be ${JSON.stringify(SNAPSHOT_FORMAT)}`);
      }
      if (header.version !== SNAPSHOT_FORMAT.version) throw new SnapshotError(n, `snapshot version ${JSON.stringify(header.version)} is not supported (this project reads version ${SNAPSHOT_FORMAT.version})`);
      sawHeader = true;
      continue;
    }
    if (!isPlainObject(entry) || typeof entry.collection !== 'string') throw new SnapshotError(n, 'expected {"collection": "<name>", "doc": {...}} or {"collection": "<name>", "indexes": [...]}');
    const collection = entry.collection;
    const extra = Object.keys(entry).filter((k) => k !== 'collection' && k !== 'doc' && k !== 'indexes');
    if (extra.length) throw new SnapshotError(n, `unexpected "${extra[0]}"`);
    if ('indexes' in entry) {
      if ('doc' in entry) throw new SnapshotError(n, 'a line has either "doc" or "indexes", not both');
      if (declared.has(collection)) throw new SnapshotError(n, `collection ${collection} is announced twice`);
      try {
        schema.create(collection);
        const specs = parseIndexes(entry.indexes, collection);
        const names = new Set<string>();
        for (const spec of specs) {
          if (names.has(spec.name)) throw new Error(`index ${spec.name} appears twice`);
          names.add(spec.name);
          schema.ensureIndex(spec);
        }
      } catch (err) {
        throw new SnapshotError(n, (err as Error).message);
      }
      declared.set(collection, db.prepare(`INSERT INTO ${tableOf(collection)} (_id, doc) VALUES (?, ?)`));
      continue;
    }
    const insert = declared.get(collection);
    if (!insert) throw new SnapshotError(n, `collection ${JSON.stringify(collection)} has no {"collection", "indexes"} line before its documents`);
    const doc = entry.doc;
    if (!isPlainObject(doc)) throw new SnapshotError(n, '"doc" must be an object');
    const id = doc._id;
    if (!(typeof id === 'string' && id.length > 0) && !(typeof id === 'number' && Number.isFinite(id))) throw new SnapshotError(n, '"doc" needs an _id (a non-empty string)');
    try {
      insert.run(idKey(id), encodeDoc(doc));
    } catch (err) {
      throw new SnapshotError(n, constraintMessage(err, collection, idKey(id)));
    }
    schema.noteArrays(collection, doc);
    documents += 1;
  }
  if (!sawHeader) throw new SnapshotError(1, `empty file: a snapshot starts with ${JSON.stringify(SNAPSHOT_FORMAT)}`);
  return { collections: declared.size, documents };
}
