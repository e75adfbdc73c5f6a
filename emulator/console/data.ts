import path from 'path';
import Database from 'better-sqlite3';
import type { LocalCloud } from '../local-cloud';
import { ROOT } from '../config';
import { loadIndexFile } from '../db';
import { parseEjson, stringifyEjson } from '../db/ejson';
import { objectFrom, toDisplay } from './display-json';

/** A console API failure: its HTTP status and the code and message shown to the developer. */
export class ConsoleError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** The store's error codes as HTTP statuses. */
const STATUS: Record<string, number> = {
  INVALID_PARAM: 400,
  DATABASE_INVALID_OPERRATOR: 400,
  DATABASE_COLLECTION_NOT_EXIST: 404,
  DATABASE_REQUEST_FAILED: 409,
  DATABASE_TRANSACTION_CONFLICT: 409,
};

/** One request to the store exactly as the SDK sends it (POST /admin), so indexes, limits and conflicts apply. */
export async function storeCall(cloud: LocalCloud, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answer = (await cloud.store.handle(body)) as { code?: unknown; message?: unknown; data?: Record<string, unknown> };
  if (typeof answer.code === 'string') {
    throw new ConsoleError(STATUS[answer.code] ?? 400, answer.code, String(answer.message ?? answer.code));
  }
  return answer.data ?? {};
}

export interface CollectionInfo {
  name: string;
  count: number;
  indexes: { name: string; keys: { field: string; direction: 1 | -1 }[]; unique: boolean; multikey: boolean }[];
}

/**
 * Every collection with its count (counted through the store) and its indexes: those
 * database/indexes.json declares, marked when a document holding an array there keeps the
 * emulator from using them. The table list comes from a read-only look at the SQLite file.
 */
export async function listCollections(cloud: LocalCloud): Promise<CollectionInfo[]> {
  const declared = loadIndexFile(path.join(ROOT, 'database', 'indexes.json'));
  let names = declared.collections;
  let multikey = new Set<string>();
  const file = path.join(cloud.config.dataDir, 'gongying.sqlite');
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'").all() as { name: string }[];
    names = [...new Set([...names, ...tables.map((t) => t.name.slice(2))])];
    const marked = db.prepare('SELECT collection, name FROM _emulator_multikey').all() as { collection: string; name: string }[];
    multikey = new Set(marked.map((m) => `${m.collection}/${m.name}`));
  } catch {
    // Only the declared collections then.
  } finally {
    db?.close();
  }
  const out: CollectionInfo[] = [];
  for (const name of names.sort()) {
    const counted = await storeCall(cloud, { action: 'database.calculateDocument', collectionName: name, query: '{}' }).catch(() => ({ total: -1 }));
    out.push({
      name,
      count: Number(counted.total ?? 0),
      indexes: declared.indexes
        .filter((ix) => ix.collection === name)
        .map((ix) => ({ name: ix.name, keys: ix.keys, unique: ix.unique === true, multikey: multikey.has(`${name}/${ix.name}`) })),
    });
  }
  return out;
}

const PAGE_MAX = 100;

/** A page of a collection: `filter` in the SDK's query syntax as JSON, `sort` as `{"field": 1 | -1}`. */
export async function queryDocs(cloud: LocalCloud, params: URLSearchParams) {
  const collection = requiredName(params.get('collection'));
  const query = objectFrom(params.get('filter')?.trim() || '{}', 'filter');
  const sortText = params.get('sort')?.trim();
  const order = sortText ? sortSpec(objectFrom(sortText, 'sort')) : undefined;
  const offset = intParam(params.get('offset'), 0, 'offset');
  const limit = Math.min(intParam(params.get('limit'), 20, 'limit') || 20, PAGE_MAX);
  const wireQuery = stringifyEjson(query);
  const base = { collectionName: collection, query: wireQuery, queryType: 'WHERE' };
  const page = await storeCall(cloud, { action: 'database.getDocument', ...base, offset, limit, ...(order ? { order: JSON.stringify(order) } : {}) });
  const counted = await storeCall(cloud, { action: 'database.calculateDocument', ...base });
  const list = (page.list as string[]) ?? [];
  return { collection, total: Number(counted.total ?? 0), offset, limit, items: list.map((text) => toDisplay(parseEjson(text))) };
}

export async function getDoc(cloud: LocalCloud, collection: string, id: string) {
  const page = await storeCall(cloud, { action: 'database.getDocument', collectionName: requiredName(collection), query: JSON.stringify({ _id: id }), queryType: 'DOC', limit: 1 });
  const list = (page.list as string[]) ?? [];
  if (!list.length) throw new ConsoleError(404, 'NOT_FOUND', `no document ${id} in ${collection}`);
  return toDisplay(parseEjson(list[0]));
}

/** Adds a document as the SDK's add() does; the store gives it an _id when it has none. */
export async function addDoc(cloud: LocalCloud, collection: string, docText: string) {
  const doc = objectFrom(docText, 'document');
  const res = await storeCall(cloud, { action: 'database.insertDocument', collectionName: requiredName(collection), data: [stringifyEjson(doc)] });
  const id = (res.insertedIds as string[])[0];
  return getDoc(cloud, collection, id);
}

/** Replaces a document as the SDK's doc(id).set() does (its _id stays). */
export async function replaceDoc(cloud: LocalCloud, collection: string, id: string, docText: string) {
  const doc = objectFrom(docText, 'document');
  if (doc._id !== undefined && doc._id !== id) throw new ConsoleError(400, 'INVALID_ARGUMENT', `_id cannot change (it is ${id})`);
  const { _id: _ignored, ...data } = doc;
  const res = await storeCall(cloud, {
    action: 'database.modifyDocument', collectionName: requiredName(collection), query: JSON.stringify({ _id: id }), queryType: 'DOC',
    data: stringifyEjson(data), merge: false, upsert: false,
  });
  if (Number(res.updated ?? 0) === 0 && !(await exists(cloud, collection, id))) throw new ConsoleError(404, 'NOT_FOUND', `no document ${id} in ${collection}`);
  return getDoc(cloud, collection, id);
}

export async function deleteDoc(cloud: LocalCloud, collection: string, id: string) {
  const res = await storeCall(cloud, { action: 'database.removeDocument', collectionName: requiredName(collection), query: JSON.stringify({ _id: id }), queryType: 'DOC' });
  if (Number(res.deleted ?? 0) === 0) throw new ConsoleError(404, 'NOT_FOUND', `no document ${id} in ${collection}`);
  return { deleted: 1 };
}

async function exists(cloud: LocalCloud, collection: string, id: string): Promise<boolean> {
  const res = await storeCall(cloud, { action: 'database.calculateDocument', collectionName: collection, query: JSON.stringify({ _id: id }), queryType: 'WHERE' });
  return Number(res.total ?? 0) > 0;
}

/** Every document of a small collection (at most 1000), parsed. */
export async function allDocs<T>(cloud: LocalCloud, collection: string, order?: Record<string, 1 | -1>): Promise<T[]> {
  const page = await storeCall(cloud, {
    action: 'database.getDocument', collectionName: collection, query: '{}', queryType: 'WHERE', limit: 1000, ...(order ? { order: JSON.stringify(order) } : {}),
  }).catch((err) => {
    if (err instanceof ConsoleError && err.code === 'DATABASE_COLLECTION_NOT_EXIST') return { list: [] };
    throw err;
  });
  return ((page.list as string[]) ?? []).map((text) => parseEjson(text) as T);
}

function requiredName(value: string | null): string {
  if (!value || !/^[A-Za-z0-9_-]{1,100}$/.test(value)) throw new ConsoleError(400, 'INVALID_ARGUMENT', 'collection is required (letters, digits, _ and -)');
  return value;
}

function sortSpec(raw: Record<string, unknown>): Record<string, 1 | -1> {
  const order: Record<string, 1 | -1> = {};
  for (const [field, dir] of Object.entries(raw)) {
    if (dir !== 1 && dir !== -1 && dir !== 'asc' && dir !== 'desc') {
      throw new ConsoleError(400, 'INVALID_ARGUMENT', `sort: ${field} must be 1 (ascending) or -1 (descending)`);
    }
    order[field] = dir === -1 || dir === 'desc' ? -1 : 1;
  }
  return order;
}

function intParam(raw: string | null, fallback: number, name: string): number {
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConsoleError(400, 'INVALID_ARGUMENT', `${name} must be an integer ≥ 0`);
  return n;
}
