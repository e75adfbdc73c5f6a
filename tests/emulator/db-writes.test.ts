import { startDbServer, DbServer } from '../helpers/db-server';

type Doc = Record<string, any>;
let s: DbServer;
let clock = Date.parse('2026-06-01T08:00:00Z');

beforeAll(async () => {
  s = await startDbServer({ collections: ['things', 'counters'], now: () => clock });
});
afterAll(() => s.stop());

const things = () => s.db.collection('things');
const read = async (id: string) => ((await things().doc(id).get()).data as Doc[])[0];

describe('add', () => {
  it('generates a 32-hex _id, or keeps the given one', async () => {
    const { id } = await things().add({ a: 1 });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await read(id as string)).toEqual({ _id: id, a: 1 });
    const res = await things().add([{ _id: 'given', b: 2 }, { c: 3 }]);
    expect(res.ids?.[0]).toBe('given');
    expect(res.ids?.[1]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('rejects a duplicate _id and inserts nothing of that batch', async () => {
    await things().add({ _id: 'dup', v: 1 });
    await expect(things().add({ _id: 'dup', v: 2 })).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringContaining('duplicate key') });
    await expect(things().add([{ _id: 'fresh-1' }, { _id: 'dup' }])).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    expect((await things().doc('fresh-1').get()).data).toEqual([]);
    expect((await read('dup')).v).toBe(1);
  });

  it('resolves serverDate with its offset on the emulator clock', async () => {
    clock = Date.parse('2026-06-01T09:30:00Z');
    const { id } = await things().add({ at: s.db.serverDate(), later: s.db.serverDate({ offset: 60_000 }), nested: { at: s.db.serverDate() } });
    const doc = await read(id as string);
    expect(doc.at).toBeInstanceOf(Date);
    expect(doc.at.getTime()).toBe(clock);
    expect(doc.later.getTime()).toBe(clock + 60_000);
    expect(doc.nested.at.getTime()).toBe(clock);
  });

  it('round-trips dates, numbers, booleans, nulls and nested arrays', async () => {
    const value = { when: new Date('2020-02-29T12:34:56.789Z'), n: 1.5, big: 2 ** 40, neg: -7, ok: false, none: null, list: [{ d: new Date(0) }, [1, 'x']] };
    const { id } = await things().add(value);
    expect(await read(id as string)).toEqual({ _id: id, ...value });
  });
});

describe('doc set, update and remove', () => {
  it('set creates a missing document and replaces an existing one', async () => {
    const created = await things().doc('s1').set({ a: 1, b: { c: 2 } });
    expect(created).toMatchObject({ updated: 0, upsertedId: 's1' });
    const replaced = await things().doc('s1').set({ z: 9 });
    expect(replaced).toMatchObject({ updated: 1, upsertedId: null });
    expect(await read('s1')).toEqual({ _id: 's1', z: 9 });
  });

  it('update merges fields, nested objects by path, and reports 0 for a missing document', async () => {
    await things().doc('u1').set({ a: 1, nested: { x: 1, y: 2 } });
    expect(await things().doc('u1').update({ b: 2, nested: { x: 5 } })).toMatchObject({ updated: 1 });
    expect(await read('u1')).toEqual({ _id: 'u1', a: 1, b: 2, nested: { x: 5, y: 2 } });
    expect(await things().doc('missing').update({ a: 1 })).toMatchObject({ updated: 0 });
    expect((await things().doc('missing').get()).data).toEqual([]);
  });

  it('update with serverDate stamps the clock time', async () => {
    clock = Date.parse('2026-07-01T00:00:00Z');
    await things().doc('u1').update({ updatedAt: s.db.serverDate() });
    expect((await read('u1')).updatedAt.getTime()).toBe(clock);
  });

  it('remove deletes one document', async () => {
    await things().doc('r1').set({ a: 1 });
    expect(await things().doc('r1').remove()).toMatchObject({ deleted: 1 });
    expect(await things().doc('r1').remove()).toMatchObject({ deleted: 0 });
    expect((await things().doc('r1').get()).data).toEqual([]);
  });
});

describe('where().update() and where().remove()', () => {
  it('update and remove every matching document', async () => {
    const _ = s.db.command;
    await things().add([1, 2, 3, 4, 5].map((i) => ({ group: 'multi', i })));
    expect(await things().where({ group: 'multi', i: _.gte(3) }).update({ big: true })).toMatchObject({ updated: 3 });
    expect((await things().where({ group: 'multi', big: true }).count()).total).toBe(3);
    expect(await things().where({ group: 'multi', big: _.neq(true) }).remove()).toMatchObject({ deleted: 2 });
    expect((await things().where({ group: 'multi' }).count()).total).toBe(3);
  });
});

describe('update operators', () => {
  const _ = () => s.db.command;
  const start = (doc: Doc) => things().doc('op').set(doc);
  const apply = async (update: Doc) => {
    await things().doc('op').update(update);
    return read('op');
  };

  it('set, inc, mul, min, max', async () => {
    await start({ n: 10, m: 3, lo: 5, hi: 5, obj: { a: 1, b: 2 } });
    const doc = await apply({ n: _().inc(-4), m: _().mul(2.5), lo: _().min(2), hi: _().max(9), obj: _().set({ c: 3 }) });
    expect(doc).toEqual({ _id: 'op', n: 6, m: 7.5, lo: 2, hi: 9, obj: { c: 3 } });
    expect(await apply({ lo: _().min(7), hi: _().max(1) })).toMatchObject({ lo: 2, hi: 9 });
  });

  it('remove and rename', async () => {
    await start({ a: 1, b: 2, nested: { x: 1, y: 2 } });
    expect(await apply({ a: _().remove(), 'nested.x': _().remove(), b: _().rename('bee') })).toEqual({ _id: 'op', bee: 2, nested: { y: 2 } });
  });

  it('push values, and push with each, position and slice', async () => {
    await start({ list: [1, 2] });
    expect((await apply({ list: _().push(3) })).list).toEqual([1, 2, 3]);
    expect((await apply({ list: _().push([4, 5]) })).list).toEqual([1, 2, 3, 4, 5]);
    expect((await apply({ list: _().push({ each: [0], position: 0 }) })).list).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await apply({ list: _().push({ each: [9], slice: -3 }) })).list).toEqual([4, 5, 9]);
    expect((await apply({ fresh: _().push('x') })).fresh).toEqual(['x']);
  });

  it('pull, pullAll, addToSet, pop, shift, unshift', async () => {
    await start({ list: [1, 2, 3, 4, 5, 2], tags: ['a'], objs: [{ k: 1 }, { k: 2 }] });
    expect((await apply({ list: _().pull(2) })).list).toEqual([1, 3, 4, 5]);
    expect((await apply({ list: _().pull(_().gt(3)) })).list).toEqual([1, 3]);
    expect((await apply({ objs: _().pull({ k: 1 }) })).objs).toEqual([{ k: 2 }]);
    expect((await apply({ list: _().pullAll([1]) })).list).toEqual([3]);
    expect((await apply({ tags: _().addToSet('a') })).tags).toEqual(['a']);
    expect((await apply({ tags: _().addToSet('b') })).tags).toEqual(['a', 'b']);
    expect((await apply({ tags: _().addToSet({ each: ['b', 'c'] }) })).tags).toEqual(['a', 'b', 'c']);
    expect((await apply({ tags: _().pop() })).tags).toEqual(['a', 'b']);
    expect((await apply({ tags: _().shift() })).tags).toEqual(['b']);
    expect((await apply({ tags: _().unshift(['y', 'z']) })).tags).toEqual(['y', 'z', 'b']);
  });

  it('refuses to change _id', async () => {
    await start({ a: 1 });
    await expect(things().doc('op').update({ a: _().rename('_id') })).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringContaining("immutable field '_id'"),
    });
    expect(await read('op')).toEqual({ _id: 'op', a: 1 });
  });
});

describe('updateAndReturn', () => {
  it('updates the first match and returns the new document, or null without a match', async () => {
    const _ = s.db.command;
    await s.db.collection('counters').doc('c1').set({ n: 1, at: new Date(5) });
    const res = await s.db.collection('counters').where({ _id: 'c1', n: _.lt(10) }).updateAndReturn({ n: _.inc(1) });
    expect(res).toMatchObject({ updated: 1, doc: { _id: 'c1', n: 2 } });
    expect(res.doc.at).toBeInstanceOf(Date);
    const none = await s.db.collection('counters').where({ _id: 'c1', n: _.gt(10) }).updateAndReturn({ n: _.inc(1) });
    expect(none).toMatchObject({ updated: 0, doc: null });
  });
});
