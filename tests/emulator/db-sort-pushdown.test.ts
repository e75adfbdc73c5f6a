import Database from 'better-sqlite3';
import { Query } from 'mingo';
import { DocumentStore } from '../../emulator/db';
import type { Source } from '../../emulator/db/access';
import { findDocs } from '../../emulator/db/operations';
import { planQuery, SortSpec } from '../../emulator/db/planner';
import { IndexSpec, Schema } from '../../emulator/db/schema';
import { Tables } from '../../emulator/db/tables';

type Doc = Record<string, any>;

const ix = (name: string, ...keys: [string, 1 | -1][]): IndexSpec => ({
  collection: 'posts', name, keys: keys.map(([field, direction]) => ({ field, direction })),
});

function openTables(indexes: IndexSpec[]) {
  const db = new Database(':memory:');
  const schema = new Schema(db);
  schema.create('posts');
  for (const spec of indexes) schema.ensureIndex(spec);
  return { db, tables: new Tables(db, schema) };
}

/** The path without sort pushdown: all candidates, filtered, then sorted in JS. */
const unsorted = (tables: Tables): Source => ({
  get: (c, id) => tables.get(c, id),
  candidates: (c, q) => tables.candidates(c, q),
});

/** A small seeded generator, so that a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  return { chance: (p: number) => next() < p, int, pick: <T>(xs: T[]): T => xs[int(xs.length)], shuffle };
}

describe('sort pushdown: equal results to sorting every candidate in JS', () => {
  const indexes = [
    ix('g_t_id', ['g', 1], ['t', 1], ['_id', 1]),
    ix('g_t_id_desc', ['g', 1], ['t', -1], ['_id', -1]),
    ix('g_h_d_s', ['g', 1], ['h', 1], ['d', 1], ['s', -1]),
    ix('s', ['s', 1]),
    ix('t_d', ['t', -1], ['d', 1]),
    ix('flag_t', ['flag', 1], ['t', 1]),
  ];
  const sorts: SortSpec[] = [
    { t: 1, _id: 1 }, { t: -1, _id: -1 }, { t: 1, _id: -1 }, { t: 1 }, { t: -1 }, { _id: 1 },
    { d: 1, s: -1 }, { d: -1, s: 1 }, { d: 1, s: 1 }, { d: -1 }, { s: 1 }, { s: -1 },
    { t: -1, d: 1 }, { t: 1, d: -1 }, { t: 1, d: 1 },
  ];
  const dates = Array.from({ length: 6 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i * 3, i)));
  const strings = ['', 'x', 'xy', 'y', 'Y', 'é', '中', '中文'];

  function randomDoc(r: ReturnType<typeof rng>, id: string): Doc {
    const doc: Doc = { _id: id, n: r.int(100) };
    // Ties on every sort field, and missing or null values among them.
    if (r.chance(0.9)) doc.g = r.pick(['a', 'b', 'c']);
    if (r.chance(0.8)) doc.h = r.chance(0.9) ? r.int(3) : null;
    if (r.chance(0.9)) doc.t = r.chance(0.9) ? r.pick([0, 1, 2, 3, 4, 5, 2.5, -1]) : null;
    if (r.chance(0.85)) doc.d = r.pick(dates);
    if (r.chance(0.85)) doc.s = r.pick(strings);
    if (r.chance(0.9)) doc.flag = r.chance(0.5);
    return doc;
  }

  function randomQuery(r: ReturnType<typeof rng>, docs: Doc[]): Doc {
    const q: Doc = {};
    if (r.chance(0.5)) q.g = r.pick(['a', 'b', 'c']);
    else if (r.chance(0.2)) q.g = { $in: ['a', 'c'] };
    if (r.chance(0.3)) q.h = r.int(3);
    if (r.chance(0.15)) q.flag = r.chance(0.5);
    const range = (values: unknown[]) => {
      const out: Doc = {};
      if (r.chance(0.6)) out[r.pick(['$gt', '$gte'])] = r.pick(values);
      if (r.chance(0.6)) out[r.pick(['$lt', '$lte'])] = r.pick(values);
      return Object.keys(out).length ? out : { $gte: values[0] };
    };
    if (r.chance(0.35)) q.t = range([-1, 0, 1, 2, 3, 4, 5]);
    if (r.chance(0.2)) q.d = range(dates);
    if (r.chance(0.15)) q.s = range(strings);
    if (r.chance(0.25)) q.n = { $lt: r.int(100) };
    if (r.chance(0.2)) {
      // A keyset cursor after some document, as the feed pages do.
      const at = r.pick(docs);
      q.$or = [{ t: { $lt: at.t ?? 0 } }, { t: at.t ?? 0, _id: { $lt: at._id } }];
    }
    return q;
  }

  it.each([1, 2, 3, 4])('matches for random documents and queries (seed %i)', (seed) => {
    const r = rng(seed);
    const { tables } = openTables(indexes);
    const ids = Array.from({ length: 400 }, (_, i) => `p${String(i).padStart(4, '0')}`);
    r.shuffle(ids);
    const docs = ids.map((id) => randomDoc(r, id));
    for (const doc of docs) tables.insert('posts', doc);
    // Rewrites keep their row (rowid), so the storage order is not the sort order.
    for (let i = 0; i < 60; i++) {
      const k = r.int(docs.length);
      docs[k] = randomDoc(r, docs[k]._id);
      tables.put('posts', docs[k]);
    }
    let orderedPlans = 0;
    for (let i = 0; i < 250; i++) {
      const query = randomQuery(r, docs);
      const order = r.pick(sorts);
      const opts = { order, offset: r.chance(0.5) ? 0 : r.int(6), limit: 1 + r.int(15), projection: r.chance(0.1) ? { t: 1 } : undefined };
      if (planQuery('posts', query, tables.schema.usableIndexes('posts'), order).ordered) orderedPlans += 1;
      const got = findDocs(tables, 'posts', { query }, opts);
      const context = JSON.stringify({ seed, i, query, opts });
      expect({ context, got }).toEqual({ context, got: findDocs(unsorted(tables), 'posts', { query }, opts) });
      const expected = new Query(query).find<Doc>(docs, opts.projection ?? {}).sort(order).skip(opts.offset).limit(opts.limit).all();
      expect({ context, got }).toEqual({ context, got: expected });
    }
    expect(orderedPlans).toBeGreaterThan(40);
  });
});

describe('sort pushdown: plan choice', () => {
  const { tables } = openTables([
    ix('feed', ['status', 1], ['createdAt', -1], ['_id', -1]),
    ix('author', ['authorId', 1], ['status', 1]),
    ix('cat_at', ['cat', 1], ['createdAt', 1]),
  ]);
  const plan = (query: Doc, order: SortSpec) => planQuery('posts', query, tables.schema.usableIndexes('posts'), order);
  const at = new Date('2026-05-01T00:00:00Z');
  const feed = { status: 'published', createdAt: { $lte: at }, $or: [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: 'p5' } }] };

  it('reads the feed shape through the index, in either direction, with no sort step', () => {
    for (const order of [{ createdAt: -1, _id: -1 }, { createdAt: 1, _id: 1 }] as SortSpec[]) {
      const p = plan(feed, order);
      expect(p.ordered).toBe(true);
      expect(p.sql).toContain('INDEXED BY "ix_posts_feed"');
      const lines = tables.explain('posts', feed, order).join('\n');
      expect(lines).toMatch(/USING INDEX ix_posts_feed/);
      expect(lines).not.toMatch(/TEMP B-TREE/);
    }
    // A prefix of the sort fields is enough; so is an ascending index read backwards.
    expect(plan({ status: 'published' }, { createdAt: -1 }).ordered).toBe(true);
    expect(plan({ cat: 'tea' }, { createdAt: -1 }).ordered).toBe(true);
    expect(tables.explain('posts', { cat: 'tea' }, { createdAt: -1 }).join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('falls back when the index cannot give the order', () => {
    // Mixed directions against the index, a missing equality prefix, several prefix values.
    expect(plan(feed, { createdAt: -1, _id: 1 }).ordered).toBeFalsy();
    expect(plan({ createdAt: { $lte: at } }, { createdAt: -1, _id: -1 }).ordered).toBeFalsy();
    expect(plan({ status: { $in: ['published', 'hidden'] } }, { createdAt: -1, _id: -1 }).ordered).toBeFalsy();
    expect(plan({ status: 'published' }, { _id: -1 }).ordered).toBeFalsy();
    // An index that filters strictly better wins over reading in order.
    expect(plan({ status: 'published', authorId: 'u1' }, { createdAt: -1, _id: -1 }).ordered).toBeFalsy();
    // _id equality uses the primary key.
    expect(plan({ _id: 'p1', status: 'published' }, { createdAt: -1, _id: -1 }).ordered).toBeFalsy();
  });
});

describe('sort pushdown: cost of a feed page', () => {
  it('reads about `limit` rows out of 50,000', () => {
    const { db, tables } = openTables([ix('feed', ['status', 1], ['createdAt', -1], ['_id', -1])]);
    const t0 = Date.UTC(2026, 0, 1);
    const docs: Doc[] = [];
    db.transaction(() => {
      for (let i = 0; i < 50_000; i++) {
        // Ten posts per second, so pages end inside runs of equal createdAt.
        const doc = { _id: `p${String(i).padStart(6, '0')}`, status: i % 7 ? 'published' : 'hidden', createdAt: new Date(t0 + Math.floor(i / 10) * 1000) };
        docs.push(doc);
        tables.insert('posts', doc);
      }
    })();
    const order: SortSpec = { createdAt: -1, _id: -1 };
    const page = (after?: Doc) => {
      const at = after?.createdAt ?? new Date(t0 + 10_000_000);
      const query: Doc = { status: 'published', createdAt: { $lte: at } };
      if (after) query.$or = [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: after._id } }];
      const before = tables.rowsRead;
      const list = findDocs(tables, 'posts', { query }, { order, offset: 0, limit: 21 });
      return { list, query, rows: tables.rowsRead - before };
    };
    const first = page();
    expect(first.rows).toBeLessThanOrEqual(30);
    const second = page(first.list[20]);
    expect(second.rows).toBeLessThanOrEqual(40);
    const all = new Query({ status: 'published' }).find<Doc>(docs).sort(order).all();
    expect(first.list.map((d) => d._id)).toEqual(all.slice(0, 21).map((d) => d._id));
    expect(second.list.map((d) => d._id)).toEqual(all.slice(21, 42).map((d) => d._id));
    expect(second.list).toEqual(findDocs(unsorted(tables), 'posts', { query: second.query }, { order, offset: 0, limit: 21 }));
  });
});

describe('sort pushdown through the store', () => {
  const store = DocumentStore.open({
    file: ':memory:',
    collections: ['posts'],
    indexes: [ix('feed', ['status', 1], ['createdAt', -1], ['_id', -1])],
    now: () => 0,
  });
  afterAll(() => store.close());
  const call = (body: Doc) => store.handle(body) as Doc;
  const date = (ms: number) => ({ $date: { $numberLong: String(ms) } });
  const order = JSON.stringify([{ field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }]);
  const get = (transactionId?: string) => call({
    action: 'database.getDocument', collectionName: 'posts', queryType: 'WHERE', transactionId,
    query: JSON.stringify({ status: 'published' }), order, limit: 3,
  }).data.list.map((s: string) => JSON.parse(s)._id);

  it('pages in order, and inside a transaction also sees its own writes', () => {
    call({
      action: 'database.insertDocument', collectionName: 'posts',
      data: [1, 2, 3, 4, 5].map((i) => JSON.stringify({ _id: `p${i}`, status: 'published', createdAt: date(i % 3) })),
    });
    expect(store.explain('posts', '{"status":"published"}', { createdAt: -1, _id: -1 }).join('\n')).not.toMatch(/TEMP B-TREE/);
    expect(get()).toEqual(['p5', 'p2', 'p4']);
    const tx = call({ action: 'database.startTransaction' }).transactionId;
    expect(get(tx)).toEqual(['p5', 'p2', 'p4']);
    call({ action: 'database.insertDocument', collectionName: 'posts', transactionId: tx, data: [JSON.stringify({ _id: 'p0', status: 'published', createdAt: date(9) })] });
    expect(get(tx)).toEqual(['p0', 'p5', 'p2']);
    expect(get()).toEqual(['p5', 'p2', 'p4']);
    // A write committed by someone else after the transaction began stays invisible to it.
    const other = call({ action: 'database.startTransaction' }).transactionId;
    call({ action: 'database.insertDocument', collectionName: 'posts', data: [JSON.stringify({ _id: 'p9', status: 'published', createdAt: date(8) })] });
    expect(get(other)).toEqual(['p5', 'p2', 'p4']);
    expect(get()).toEqual(['p9', 'p5', 'p2']);
    call({ action: 'database.abortTransaction', transactionId: tx });
    call({ action: 'database.abortTransaction', transactionId: other });
  });
});
