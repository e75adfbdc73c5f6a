import { startDbServer, DbServer } from '../helpers/db-server';

type Doc = Record<string, any>;
let s: DbServer;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  s = await startDbServer({ collections: ['acc', 'logs'] });
});
afterAll(() => s.stop());

const acc = () => s.db.collection('acc');
const value = async (id: string): Promise<Doc | null> => ((await acc().doc(id).get()).data as Doc[])[0] ?? null;
const CONFLICT = { code: 'DATABASE_TRANSACTION_CONFLICT' };
const GONE = { code: 'DATABASE_TRANSACTION_FAIL' };

describe('transactions', () => {
  it('apply all writes at commit, unseen by others before, seen by the transaction itself', async () => {
    const _ = s.db.command;
    await acc().doc('a').set({ n: 1 });
    const t = await s.db.startTransaction();
    await t.collection('acc').doc('a').update({ n: _.inc(5) });
    await t.collection('acc').doc('b').set({ n: 7 });
    await t.collection('logs').add({ _id: 'log1', msg: 'x' });
    expect(await value('a')).toEqual({ _id: 'a', n: 1 });
    expect(await value('b')).toBeNull();
    expect((await t.collection('acc').doc('a').get()).data).toEqual({ _id: 'a', n: 6 });
    expect((await t.collection('logs').doc('log1').get()).data).toEqual({ _id: 'log1', msg: 'x' });
    await t.commit();
    expect(await value('a')).toEqual({ _id: 'a', n: 6 });
    expect(await value('b')).toEqual({ _id: 'b', n: 7 });
    expect((await s.db.collection('logs').doc('log1').get()).data).toHaveLength(1);
  });

  it('runTransaction commits and returns what the callback returns', async () => {
    await acc().doc('r').set({ n: 1 });
    await acc().doc('r-old').set({ n: 1 });
    const out = await s.db.runTransaction(async (tx: any) => {
      const { data } = await tx.collection('acc').doc('r').get();
      await tx.collection('acc').doc('r').update({ n: data.n + 1 });
      await tx.collection('acc').doc('r-old').delete();
      return data.n + 1;
    });
    expect(out).toBe(2);
    expect(await value('r')).toEqual({ _id: 'r', n: 2 });
    expect(await value('r-old')).toBeNull();
  });

  it('roll back when the callback throws, on transaction.rollback(), and on a manual rollback', async () => {
    await acc().doc('rb').set({ n: 1 });
    const boom = s.db.runTransaction(async (tx: any) => {
      await tx.collection('acc').doc('rb').update({ n: 100 });
      throw new Error('boom');
    });
    await expect(boom).rejects.toThrow('boom');
    const refused = s.db.runTransaction(async (tx: any) => {
      await tx.collection('acc').doc('rb').update({ n: 200 });
      await tx.rollback('not enough stock');
    });
    await expect(refused).rejects.toBe('not enough stock');
    const t = await s.db.startTransaction();
    await t.collection('acc').doc('rb').update({ n: 300 });
    await t.rollback();
    await expect(t.commit()).rejects.toMatchObject(GONE);
    expect(await value('rb')).toEqual({ _id: 'rb', n: 1 });
  });

  it('let the first of two transactions writing one document commit; the other gets DATABASE_TRANSACTION_CONFLICT', async () => {
    await acc().doc('x').set({ n: 0 });
    const t1 = await s.db.startTransaction();
    const t2 = await s.db.startTransaction();
    await t1.collection('acc').doc('x').update({ n: 1 });
    await expect(t2.collection('acc').doc('x').update({ n: 2 })).rejects.toMatchObject(CONFLICT);
    await t1.commit();
    await expect(t2.commit()).rejects.toMatchObject(GONE);
    expect(await value('x')).toEqual({ _id: 'x', n: 1 });

    const t3 = await s.db.startTransaction();
    const t4 = await s.db.startTransaction();
    await t4.collection('acc').doc('x').get();
    await t3.collection('acc').doc('x').update({ n: 3 });
    await t3.commit();
    await expect(t4.collection('acc').doc('x').update({ n: 4 })).rejects.toMatchObject(CONFLICT);
    await expect(t4.commit()).rejects.toMatchObject(GONE);
    expect(await value('x')).toEqual({ _id: 'x', n: 3 });
  });

  it('conflict with a write made outside any transaction after they started', async () => {
    await acc().doc('y').set({ n: 0 });
    const t = await s.db.startTransaction();
    await t.collection('acc').doc('y').get();
    await acc().doc('y').update({ n: 9 });
    await expect(t.collection('acc').doc('y').set({ n: 1 })).rejects.toMatchObject(CONFLICT);
    expect(await value('y')).toEqual({ _id: 'y', n: 9 });
  });

  it('conflict on inserting an _id that someone else inserted after they started', async () => {
    const t = await s.db.startTransaction();
    await acc().add({ _id: 'race', by: 'outside' });
    await expect(t.collection('acc').add({ _id: 'race', by: 't' })).rejects.toMatchObject(CONFLICT);
    await expect(t.commit()).rejects.toMatchObject(GONE);
    expect(await value('race')).toEqual({ _id: 'race', by: 'outside' });
  });

  it('are retried by runTransaction on conflict until they succeed', async () => {
    await acc().doc('ctr').set({ n: 0 });
    let attempts = 0;
    let reads = 0;
    let release = () => {};
    const bothRead = new Promise<void>((r) => (release = r));
    const bump = () =>
      s.db.runTransaction(async (tx: any) => {
        attempts += 1;
        const { data } = await tx.collection('acc').doc('ctr').get();
        reads += 1;
        if (reads === 2) release();
        if (reads <= 2) await bothRead;
        await tx.collection('acc').doc('ctr').update({ n: data.n + 1 });
      });
    await Promise.all([bump(), bump()]);
    expect(await value('ctr')).toEqual({ _id: 'ctr', n: 2 });
    expect(attempts).toBe(3);
  });

  it('read a snapshot: writes made outside after the start are invisible inside', async () => {
    await acc().add([{ _id: 'snap', kind: 'snap', n: 1 }, { _id: 'gone', kind: 'snap', n: 1 }]);
    const t = await s.db.startTransaction();
    await acc().doc('snap').update({ n: 2 });
    await acc().doc('gone').remove();
    await acc().add({ _id: 'born', kind: 'snap', n: 1 });
    expect((await t.collection('acc').doc('snap').get()).data).toEqual({ _id: 'snap', kind: 'snap', n: 1 });
    expect((await t.collection('acc').doc('born').get()).data).toBeNull();
    const inside = await t.collection('acc').where({ kind: 'snap' }).get();
    expect(inside.data.map((d: Doc) => `${d._id}:${d.n}`).sort()).toEqual(['gone:1', 'snap:1']);
    await t.collection('acc').doc('mine').set({ kind: 'snap', n: 5 });
    const withOwn = await t.collection('acc').where({ kind: 'snap' }).get();
    expect(withOwn.data.map((d: Doc) => d._id).sort()).toEqual(['gone', 'mine', 'snap']);
    await t.rollback();
    expect(await value('snap')).toMatchObject({ n: 2 });
  });

  it('run where().update() and count() outside the transaction, as CloudBase does', async () => {
    await acc().doc('w').set({ n: 0 });
    const t = await s.db.startTransaction();
    await t.collection('acc').where({ _id: 'w' }).update({ n: 5 });
    expect(await value('w')).toEqual({ _id: 'w', n: 5 });
    expect((await t.collection('acc').where({ _id: 'w', n: 5 }).count()).total).toBe(1);
    await t.rollback();
    expect(await value('w')).toEqual({ _id: 'w', n: 5 });
  });

  it('time out when left open, discarding their writes', async () => {
    const short = await startDbServer({ collections: ['acc'], transactionTimeoutMs: 100 });
    try {
      const t = await short.db.startTransaction();
      await t.collection('acc').doc('late').set({ n: 1 });
      await sleep(250);
      await expect(t.commit()).rejects.toMatchObject(GONE);
      expect((await short.db.collection('acc').doc('late').get()).data).toEqual([]);
    } finally {
      await short.stop();
    }
  });
});
