import { startDbServer, DbServer } from '../helpers/db-server';

type Doc = Record<string, any>;
let s: DbServer;
const ids = (res: { data: Doc[] }) => res.data.map((d) => d._id).sort();

beforeAll(async () => {
  s = await startDbServer({
    collections: ['items', 'big'],
    indexes: [
      { collection: 'items', name: 'cat_price', keys: [{ field: 'cat', direction: 1 }, { field: 'price', direction: 1 }] },
      { collection: 'items', name: 'color', keys: [{ field: 'meta.color', direction: 1 }] },
      { collection: 'items', name: 'tags', keys: [{ field: 'tags', direction: 1 }] },
    ],
  });
  await s.db.collection('items').add([
    { _id: 'i1', name: 'apple', cat: 'fruit', price: 5, tags: ['red', 'sweet'], meta: { color: 'red', dims: { w: 1 } }, scores: [{ k: 'a', v: 3 }], at: new Date('2026-01-01T00:00:00Z') },
    { _id: 'i2', name: 'banana', cat: 'fruit', price: 3, tags: ['yellow'], meta: { color: 'yellow', dims: { w: 2 } }, scores: [{ k: 'a', v: 7 }], at: new Date('2026-02-01T00:00:00Z') },
    { _id: 'i3', name: 'carrot', cat: 'veg', price: 2, tags: [], meta: { color: 'orange', dims: { w: 3 } }, scores: [], at: new Date('2026-03-01T00:00:00Z') },
    { _id: 'i4', name: 'durian', cat: 'fruit', price: 40, tags: ['smelly', 'sweet'], meta: { color: 'green' }, at: new Date('2026-04-01T00:00:00Z'), rare: true },
  ]);
  await s.db.collection('big').add(Array.from({ length: 1200 }, (_, i) => ({ n: i })));
});
afterAll(() => s.stop());

describe('where() with each query command', () => {
  const where = (q: object) => s.db.collection('items').where(q).get();

  it('matches equality, eq and neq', async () => {
    const _ = s.db.command;
    expect(ids(await where({ cat: 'veg' }))).toEqual(['i3']);
    expect(ids(await where({ price: _.eq(5) }))).toEqual(['i1']);
    expect(ids(await where({ price: _.neq(3) }))).toEqual(['i1', 'i3', 'i4']);
  });

  it('matches the range commands gt, gte, lt, lte', async () => {
    const _ = s.db.command;
    expect(ids(await where({ price: _.gt(3) }))).toEqual(['i1', 'i4']);
    expect(ids(await where({ price: _.gte(3) }))).toEqual(['i1', 'i2', 'i4']);
    expect(ids(await where({ price: _.lt(3) }))).toEqual(['i3']);
    expect(ids(await where({ price: _.lte(3) }))).toEqual(['i2', 'i3']);
    expect(ids(await where({ price: _.gt(2).and(_.lt(6)) }))).toEqual(['i1', 'i2']);
  });

  it('matches in and nin', async () => {
    const _ = s.db.command;
    expect(ids(await where({ cat: _.in(['veg', 'meat']) }))).toEqual(['i3']);
    expect(ids(await where({ name: _.nin(['apple', 'banana']) }))).toEqual(['i3', 'i4']);
  });

  it('combines conditions with and, or, not and nor', async () => {
    const _ = s.db.command;
    expect(ids(await where(_.and([{ cat: 'fruit' }, { price: _.lt(10) }])))).toEqual(['i1', 'i2']);
    expect(ids(await where(_.or([{ cat: 'veg' }, { price: _.gt(30) }])))).toEqual(['i3', 'i4']);
    expect(ids(await where({ price: _.not(_.gt(4)) }))).toEqual(['i2', 'i3']);
    expect(ids(await where(_.nor([{ cat: 'veg' }, { price: _.gt(30) }])))).toEqual(['i1', 'i2']);
  });

  it('matches exists, size and elemMatch', async () => {
    const _ = s.db.command;
    expect(ids(await where({ rare: _.exists(true) }))).toEqual(['i4']);
    expect(ids(await where({ rare: _.exists(false) }))).toEqual(['i1', 'i2', 'i3']);
    expect(ids(await where({ tags: _.size(2) }))).toEqual(['i1', 'i4']);
    expect(ids(await where({ scores: _.elemMatch({ k: 'a', v: _.gt(5) }) }))).toEqual(['i2']);
  });

  it('matches nested paths, given dotted or as nested objects, and array elements', async () => {
    const _ = s.db.command;
    expect(ids(await where({ 'meta.dims.w': _.gte(2) }))).toEqual(['i2', 'i3']);
    expect(ids(await where({ meta: { color: 'red' } }))).toEqual(['i1']);
    expect(ids(await where({ meta: { dims: { w: _.lt(2) } } }))).toEqual(['i1']);
    expect(ids(await where({ tags: 'sweet' }))).toEqual(['i1', 'i4']);
  });

  it('compares dates and returns them as Date objects', async () => {
    const _ = s.db.command;
    const res = await where({ at: _.gte(new Date('2026-02-15T00:00:00Z')) });
    expect(ids(res)).toEqual(['i3', 'i4']);
    expect(res.data[0].at).toBeInstanceOf(Date);
    expect(ids(await where({ at: new Date('2026-01-01T00:00:00Z') }))).toEqual(['i1']);
  });

  it('matches regular expressions', async () => {
    expect(ids(await where({ name: s.db.RegExp({ regexp: '^B', options: 'i' }) }))).toEqual(['i2']);
    expect(ids(await where({ name: /an/ }))).toEqual(['i2', 'i4']);
  });
});

describe('orderBy, skip, limit and field', () => {
  it('orders by one or several keys', async () => {
    const byPrice = await s.db.collection('items').orderBy('price', 'desc').get();
    expect(byPrice.data.map((d: Doc) => d._id)).toEqual(['i4', 'i1', 'i2', 'i3']);
    const byCatPrice = await s.db.collection('items').orderBy('cat', 'desc').orderBy('price', 'asc').get();
    expect(byCatPrice.data.map((d: Doc) => d._id)).toEqual(['i3', 'i2', 'i1', 'i4']);
  });

  it('skips and limits after ordering', async () => {
    const page = await s.db.collection('items').orderBy('price', 'asc').skip(1).limit(2).get();
    expect(page.data.map((d: Doc) => d._id)).toEqual(['i2', 'i1']);
  });

  it('projects fields, keeping _id', async () => {
    const res = await s.db.collection('items').where({ _id: 'i1' }).field({ name: true, 'meta.color': true }).get();
    expect(res.data).toEqual([{ _id: 'i1', name: 'apple', meta: { color: 'red' } }]);
    const doc = await s.db.collection('items').doc('i2').field({ meta: false, scores: false, tags: false, at: false }).get();
    expect(doc.data).toEqual([{ _id: 'i2', name: 'banana', cat: 'fruit', price: 3 }]);
  });

  it('returns 100 documents by default and never more than 1000 per get', async () => {
    expect((await s.db.collection('big').get()).data).toHaveLength(100);
    expect((await s.db.collection('big').limit(5000).get()).data).toHaveLength(1000);
    const raw = s.store.handle({ action: 'database.getDocument', collectionName: 'big', queryType: 'WHERE', limit: 5000 }) as Doc;
    expect(raw.data.list).toHaveLength(1000);
    expect((await s.db.collection('big').skip(1100).limit(1000).get()).data).toHaveLength(100);
  });
});

describe('count', () => {
  it('counts matching documents, not capped', async () => {
    const _ = s.db.command;
    expect((await s.db.collection('items').where({ cat: 'fruit' }).count()).total).toBe(3);
    expect((await s.db.collection('big').where({ n: _.gte(100) }).count()).total).toBe(1100);
    expect((await s.db.collection('big').count()).total).toBe(1200);
  });
});

describe('errors', () => {
  it('rejects any operation on a missing collection with DATABASE_COLLECTION_NOT_EXIST', async () => {
    const missing = s.db.collection('nope');
    const shape = { code: 'DATABASE_COLLECTION_NOT_EXIST', message: 'Db or Table not exist' };
    await expect(missing.get()).rejects.toMatchObject(shape);
    await expect(missing.where({ a: 1 }).count()).rejects.toMatchObject(shape);
    await expect(missing.add({ a: 1 })).rejects.toMatchObject(shape);
    await expect(missing.doc('x').update({ a: 1 })).rejects.toMatchObject(shape);
    await expect(missing.aggregate().match({}).end()).rejects.toMatchObject(shape);
  });

  it('creates a collection on request, after which it exists', async () => {
    await s.db.createCollection('fresh');
    await expect(s.db.createCollection('fresh')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' });
    expect((await s.db.collection('fresh').get()).data).toEqual([]);
  });

  it('answers malformed bodies with an SDK-shaped error instead of crashing', () => {
    const bodies: unknown[] = [
      null,
      {},
      { action: 'database.nope' },
      { action: 'database.getDocument', collectionName: 'items', query: '{not json' },
      { action: 'database.getDocument', collectionName: 'items', query: '{"a":{"$foo":1}}' },
      { action: 'database.getDocument', collectionName: 'items', limit: -3 },
      { action: 'database.getDocument', collectionName: 42 },
      { action: 'database.modifyDocument', collectionName: 'items', queryType: 'DOC', query: '{}', data: '{}' },
      { action: 'database.modifyDocument', collectionName: 'items', queryType: 'WHERE', query: '{}', data: '{"$bogus":{"a":1}}' },
      { action: 'database.insertDocument', collectionName: 'items', data: ['[1,2]'] },
      { action: 'database.insertDocument', collectionName: 'items', data: [] },
      { action: 'database.aggregateDocuments', collectionName: 'items', stages: 'x' },
      { action: 'database.aggregateDocuments', collectionName: 'items', stages: [{ stageKey: '$nope', stageValue: '{}' }] },
      { action: 'database.commitTransaction', transactionId: 'nope' },
    ];
    for (const body of bodies) {
      const res = s.store.handle(body as Record<string, unknown>) as Doc;
      expect(res).toEqual({ code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String), requestId: expect.any(String) });
    }
  });
});

describe('indexes', () => {
  const plan = (collection: string, query: object) => s.store.explain(collection, JSON.stringify(query));

  it('selects candidates through the index whose leading key has an equality or range', async () => {
    for (const query of [
      { cat: 'fruit' },
      { cat: { $gte: 'fruit' } },
      { cat: 'fruit', price: { $gt: { $numberInt: '4' } } },
      { cat: { $in: ['fruit', 'veg'] }, name: 'apple' },
      { 'meta.color': 'red' },
      { $and: [{ cat: 'veg' }, { price: { $lte: { $numberInt: '2' } } }] },
    ]) {
      const lines = plan('items', query);
      expect(lines.join('\n')).toMatch(/USING INDEX ix_items_(cat_price|color)/);
      expect(lines.some((l) => l.startsWith('SCAN'))).toBe(false);
    }
    const res = await s.db.collection('items').where({ cat: 'fruit', price: s.db.command.gt(4) }).get();
    expect(ids(res)).toEqual(['i1', 'i4']);
  });

  it('uses the primary key for _id queries and the project indexes for date ranges', () => {
    expect(plan('items', { _id: 'i1' }).join('\n')).toMatch(/USING INDEX sqlite_autoindex/);
    const lines = plan('deals', { status: 'active', startAt: { $lt: { $date: { $numberLong: '1790000000000' } } } });
    expect(lines.join('\n')).toMatch(/USING INDEX ix_deals_status_startAt/);
    expect(lines.some((l) => l.startsWith('SCAN'))).toBe(false);
  });

  it('answers equality plus date range correctly through a compound index', async () => {
    const _ = s.db.command;
    const t0 = Date.parse('2026-03-01T00:00:00Z');
    await s.db.collection('orders').add(
      Array.from({ length: 6 }, (_x, i) => ({ _id: `o${i}`, openid: i % 2 ? 'u1' : 'u2', createdAt: new Date(t0 + i * 60_000) })),
    );
    const since = new Date(t0 + 2 * 60_000);
    const query = { openid: 'u1', createdAt: { $gte: { $date: { $numberLong: String(since.getTime()) } } } };
    expect(plan('orders', query).join('\n')).toMatch(/USING INDEX ix_orders_openid_createdAt/);
    const res = await s.db.collection('orders').where({ openid: 'u1', createdAt: _.gte(since) }).orderBy('createdAt', 'desc').get();
    expect(res.data.map((d: Doc) => d._id)).toEqual(['o5', 'o3']);
  });

  it('scans, still correctly, when no index applies or an indexed field holds arrays', async () => {
    expect(plan('items', { name: 'apple' }).some((l) => l.startsWith('SCAN'))).toBe(true);
    expect(ids(await s.db.collection('items').where({ name: 'apple' }).get())).toEqual(['i1']);
    expect(plan('items', { tags: 'sweet' }).some((l) => l.startsWith('SCAN'))).toBe(true);
    expect(ids(await s.db.collection('items').where({ tags: 'sweet' }).get())).toEqual(['i1', 'i4']);
  });

  it('pages deals newest first through the status+startAt index with a keyset cursor', async () => {
    const _ = s.db.command;
    const deals = s.db.collection('deals');
    const base = Date.parse('2026-05-01T00:00:00Z');
    await deals.add(Array.from({ length: 7 }, (_x, i) => ({
      _id: `d${i}`, status: i === 3 ? 'draft' : 'active', startAt: new Date(base + (i % 4) * 3600_000), endAt: new Date(base + 86400_000),
    })));
    const live = { status: 'active', endAt: _.gt(new Date(base)) };
    const first = await deals.where(live).orderBy('startAt', 'desc').orderBy('_id', 'desc').limit(3).get();
    expect(first.data.map((d: Doc) => d._id)).toEqual(['d6', 'd2', 'd5']);
    const last = first.data[2];
    const next = await deals
      .where(_.and([live, _.or([{ startAt: _.lt(last.startAt) }, { startAt: last.startAt, _id: _.lt(last._id) }])]))
      .orderBy('startAt', 'desc').orderBy('_id', 'desc').limit(3).get();
    expect(next.data.map((d: Doc) => d._id)).toEqual(['d1', 'd4', 'd0']);
  });
});
