import { randomBytes } from 'crypto';
import { Query } from 'mingo';
import type { Sink, Source } from './access';
import type { Doc } from './ejson';
import { byDistance, nearOfQuery } from './geo';
import { QUERY_OPTIONS } from './query-options';
import { applyModifier, replacement } from './modifier';
import { encodeDoc, idKey } from './stored';

/** Which documents a request addresses: a doc() reference by id, or a where() query. */
export interface Selector {
  query: Doc;
  byId?: string;
}

export interface FindOptions {
  order?: Record<string, 1 | -1>;
  offset: number;
  limit: number;
  projection?: Doc;
}

export interface ModifyOptions {
  data: Doc;
  multi: boolean;
  merge: boolean;
  upsert: boolean;
}

function matching(src: Source, collection: string, sel: Selector, max = Infinity): Doc[] {
  const query = new Query(sel.query, QUERY_OPTIONS);
  if (sel.byId !== undefined) {
    const doc = src.get(collection, sel.byId);
    return doc && query.test(doc) ? [doc] : [];
  }
  const out: Doc[] = [];
  for (const doc of src.candidates(collection, sel.query)) {
    if (!query.test(doc)) continue;
    out.push(doc);
    if (out.length >= max) break;
  }
  return out;
}

export function findDocs(src: Source, collection: string, sel: Selector, opts: FindOptions): Doc[] {
  const sorted = sel.byId === undefined && opts.order && opts.limit > 0 ? src.ordered?.(collection, sel.query, opts.order) : null;
  if (sorted) return pageOf(sorted, new Query(sel.query, QUERY_OPTIONS), opts);
  let docs = matching(src, collection, sel);
  // A geoNear query answers nearest first unless the request sorts (as MongoDB's $nearSphere).
  const near = opts.order && Object.keys(opts.order).length ? null : nearOfQuery(sel.query);
  if (near) docs = byDistance(docs, near.field, near.near.point);
  let cursor = new Query({}).find<Doc>(docs, opts.projection ?? {});
  if (opts.order && Object.keys(opts.order).length) cursor = cursor.sort(opts.order);
  return cursor.skip(opts.offset).limit(opts.limit).all();
}

/** Streams candidates already in sort order: filters, skips and stops once the page is full. */
function pageOf(sorted: Iterable<Doc>, query: Query, opts: FindOptions): Doc[] {
  const page: Doc[] = [];
  let skipped = 0;
  for (const doc of sorted) {
    if (!query.test(doc)) continue;
    if (skipped < opts.offset) skipped += 1;
    else if (page.push(doc) >= opts.limit) break;
  }
  return new Query({}).find<Doc>(page, opts.projection ?? {}).all();
}

export function countDocs(src: Source, collection: string, sel: Selector): number {
  return matching(src, collection, sel).length;
}

/** CloudBase-style ids: 32 lowercase hex characters. */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

export function insertDocs(sink: Sink, collection: string, docs: Doc[]): string[] {
  return docs.map((data) => {
    const doc = data._id === undefined ? { _id: newId(), ...data } : data;
    sink.insert(collection, doc);
    return doc._id as string;
  });
}

/** Equality fields of a query seed an upserted document, as in MongoDB. */
function seedFrom(query: Doc): Doc {
  const seed: Doc = {};
  for (const [k, v] of Object.entries(query)) {
    const isOperator = v && typeof v === 'object' && !(v instanceof Date) && Object.keys(v).some((x) => x.startsWith('$'));
    if (!k.startsWith('$') && !k.includes('.') && !isOperator) seed[k] = v;
  }
  return seed;
}

export function modifyDocs(src: Source, sink: Sink, collection: string, sel: Selector, opts: ModifyOptions) {
  const targets = matching(src, collection, sel, opts.multi ? Infinity : 1);
  let updated = 0;
  for (const doc of targets) {
    const next = opts.merge ? doc : replacement(doc._id, opts.data);
    const before = encodeDoc(doc);
    if (opts.merge) applyModifier(next, opts.data);
    if (encodeDoc(next) === before) continue;
    sink.put(collection, next);
    updated += 1;
  }
  let upsertId: unknown = null;
  if (!targets.length && opts.upsert) {
    const seed = seedFrom(sel.query);
    const id = seed._id ?? newId();
    const doc = opts.merge ? { ...seed, _id: id } : replacement(id, opts.data);
    if (opts.merge) applyModifier(doc, opts.data);
    sink.insert(collection, doc);
    upsertId = id;
  }
  return { updated, upsert_id: upsertId };
}

export function modifyAndReturn(src: Source, sink: Sink, collection: string, sel: Selector, data: Doc) {
  const [doc] = matching(src, collection, sel, 1);
  if (!doc) return { updated: 0, doc: null };
  const changed = applyModifier(doc, data);
  if (changed) sink.put(collection, doc);
  return { updated: changed ? 1 : 0, doc };
}

export function removeDocs(src: Source, sink: Sink, collection: string, sel: Selector, multi: boolean): number {
  const targets = matching(src, collection, sel, multi ? Infinity : 1);
  for (const doc of targets) sink.remove(collection, idKey(doc._id));
  return targets.length;
}
