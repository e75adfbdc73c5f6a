import { startDbServer, DbServer } from '../helpers/db-server';
import { inTransaction, txGet } from '../../cloudfunctions/shared/runtime/transaction';

/**
 * Transactions as strict as CloudBase's (MongoDB's), through the real SDK:
 * first writer wins, no read skew, an ended transaction no longer exists, a
 * 30-second lifetime, and writes outside transactions waiting for a
 * transaction's write lock.
 */
type Doc = Record<string, any>;
let s: DbServer;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CONFLICT = {
  code: 'DATABASE_TRANSACTION_CONFLICT',
  message: '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others.',
};
const GONE = {
  code: 'DATABASE_TRANSACTION_FAIL',
  message:
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
};

beforeAll(async () => {
  s = await startDbServer({ collections: ['stx'] });
});
afterAll(() => s.stop());

const coll = () => s.db.collection('stx');
const value = async (id: string, db = s.db): Promise<Doc | null> => ((await db.collection('stx').doc(id).get()).data as Doc[])[0] ?? null;

/** Whether a promise is still pending after the server has had time to answer it. */
async function pending(p: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending');
  return (await Promise.race([p.then(() => null, () => null), sleep(150).then(() => marker)])) === marker;
}

describe('first writer wins', () => {
  it('a write to a document another open transaction has written fails at once, and that transaction is gone', async () => {
    await coll().doc('fw').set({ n: 0 });
    const t1 = await s.db.startTransaction();
    const t2 = await s.db.startTransaction();
    await t1.collection('stx').doc('fw').update({ n: 1 });
    await expect(t2.collection('stx').doc('fw').update({ n: 2 })).rejects.toMatchObject(CONFLICT);
    await expect(t2.collection('stx').doc('fw').get()).rejects.toMatchObject(GONE);
    await expect(t2.commit()).rejects.toMatchObject(GONE);
    await t1.collection('stx').doc('fw').update({ m: 1 });
    await t1.commit();
    expect(await value('fw')).toEqual({ _id: 'fw', n: 1, m: 1 });
  });

  it('even when the first writer has not committed yet, and for set, remove and insert alike', async () => {
    await coll().doc('fw2').set({ n: 0 });
    const t1 = await s.db.startTransaction();
    await t1.collection('stx').doc('fw2').remove();
    await t1.collection('stx').add({ _id: 'fw-new', by: 1 });
    for (const write of [
      (t: any) => t.collection('stx').doc('fw2').set({ n: 5 }),
      (t: any) => t.collection('stx').doc('fw2').remove(),
      (t: any) => t.collection('stx').add({ _id: 'fw-new', by: 2 }),
    ]) {
      const t2 = await s.db.startTransaction();
      await expect(write(t2)).rejects.toMatchObject(CONFLICT);
    }
    await t1.rollback();
    // Rolled back: its locks are released and a new transaction writes freely.
    const t3 = await s.db.startTransaction();
    await t3.collection('stx').doc('fw2').update({ n: 3 });
    await t3.commit();
    expect(await value('fw2')).toEqual({ _id: 'fw2', n: 3 });
    expect(await value('fw-new')).toBeNull();
  });

  it('a transaction writing a document twice does not conflict with itself', async () => {
    const t = await s.db.startTransaction();
    await t.collection('stx').doc('self').set({ n: 1 });
    await t.collection('stx').doc('self').update({ n: 2 });
    await t.commit();
    expect(await value('self')).toEqual({ _id: 'self', n: 2 });
  });
});

describe('no read skew, no lost update', () => {
  it('a write to a document changed (outside) after the transaction read it conflicts', async () => {
    await coll().doc('rs').set({ n: 10 });
    const t = await s.db.startTransaction();
    const seen = (await t.collection('stx').doc('rs').get()).data as Doc;
    await coll().doc('rs').update({ n: 11 });
    await expect(t.collection('stx').doc('rs').update({ n: seen.n - 1 })).rejects.toMatchObject(CONFLICT);
    expect(await value('rs')).toEqual({ _id: 'rs', n: 11 });
  });

  it('a write to a document another transaction changed and committed after this one read it conflicts', async () => {
    await coll().doc('rs2').set({ n: 10 });
    const reader = await s.db.startTransaction();
    await reader.collection('stx').doc('rs2').get();
    const writer = await s.db.startTransaction();
    await writer.collection('stx').doc('rs2').update({ n: 20 });
    await writer.commit();
    // The reader still sees its snapshot, and may not write over what it did not see.
    expect((await reader.collection('stx').doc('rs2').get()).data).toEqual({ _id: 'rs2', n: 10 });
    await expect(reader.collection('stx').doc('rs2').set({ n: 11 })).rejects.toMatchObject(CONFLICT);
    expect(await value('rs2')).toEqual({ _id: 'rs2', n: 20 });
  });
});

describe('an ended transaction does not exist', () => {
  it('after commit: reads, writes, commit and rollback fail with DATABASE_TRANSACTION_FAIL', async () => {
    const t = await s.db.startTransaction();
    await t.collection('stx').doc('ended').set({ n: 1 });
    await t.commit();
    await expect(t.collection('stx').doc('ended').get()).rejects.toMatchObject(GONE);
    await expect(t.collection('stx').doc('ended').update({ n: 2 })).rejects.toMatchObject(GONE);
    await expect(t.collection('stx').add({ n: 3 })).rejects.toMatchObject(GONE);
    await expect(t.commit()).rejects.toMatchObject(GONE);
    await expect(t.rollback()).rejects.toMatchObject(GONE);
    expect(await value('ended')).toEqual({ _id: 'ended', n: 1 });
  });

  it('after rollback, likewise, and its writes are gone', async () => {
    const t = await s.db.startTransaction();
    await t.collection('stx').doc('rolled').set({ n: 1 });
    await t.rollback();
    await expect(t.collection('stx').doc('rolled').get()).rejects.toMatchObject(GONE);
    await expect(t.collection('stx').doc('rolled').set({ n: 2 })).rejects.toMatchObject(GONE);
    await expect(t.commit()).rejects.toMatchObject(GONE);
    await expect(t.rollback()).rejects.toMatchObject(GONE);
    expect(await value('rolled')).toBeNull();
  });

  it('an unknown transaction id is refused the same way', async () => {
    const t = await s.db.startTransaction();
    (t as any)._id = '0'.repeat(32);
    await expect(t.collection('stx').doc('x').get()).rejects.toMatchObject(GONE);
  });
});

describe('the 30-second lifetime', () => {
  afterEach(() => jest.restoreAllMocks());

  it('a transaction older than 30 s is aborted (by default), then behaves as not existing', async () => {
    await coll().doc('old').set({ n: 0 });
    const t = await s.db.startTransaction();
    await t.collection('stx').doc('old').update({ n: 1 });
    const real = Date.now.bind(Date);
    const at = (ms: number) => jest.spyOn(Date, 'now').mockImplementation(() => real() + ms);
    at(29_000);
    await t.collection('stx').doc('old').update({ n: 2 });
    at(31_000);
    await expect(t.collection('stx').doc('old').get()).rejects.toMatchObject(GONE);
    jest.restoreAllMocks();
    await expect(t.commit()).rejects.toMatchObject(GONE);
    expect(await value('old')).toEqual({ _id: 'old', n: 0 });
    // Its lock went with it.
    const next = await s.db.startTransaction();
    await next.collection('stx').doc('old').update({ n: 5 });
    await next.commit();
    expect(await value('old')).toEqual({ _id: 'old', n: 5 });
  });

  it('counts from the start, not from the last request', async () => {
    const short = await startDbServer({ collections: ['stx'], transactionTimeoutMs: 400 });
    try {
      const t = await short.db.startTransaction();
      for (let i = 0; i < 3; i++) {
        await t.collection('stx').doc('busy').set({ n: i });
        await sleep(150);
      }
      await expect(t.commit()).rejects.toMatchObject(GONE);
      expect(await value('busy', short.db)).toBeNull();
    } finally {
      await short.stop();
    }
  });
});

describe('writes outside transactions wait for a transaction that has written the document (as in MongoDB)', () => {
  for (const sql of [true, false]) {
    const path = sql ? 'SQL pushdown' : 'JavaScript path';
    it(`a conditional $inc (${path}) waits for the commit, then applies on the committed document`, async () => {
      s.store.sqlUpdates = sql;
      try {
        const _ = s.db.command;
        const id = `lock-commit-${sql}`;
        await coll().doc(id).set({ stock: 5 });
        const t = await s.db.startTransaction();
        await t.collection('stx').doc(id).update({ stock: 3 });
        const outside = coll().where({ _id: id, stock: _.gte(1) }).update({ stock: _.inc(-1) });
        expect(await pending(outside)).toBe(true);
        expect(await value(id)).toEqual({ _id: id, stock: 5 });
        await t.commit();
        expect(await outside).toMatchObject({ updated: 1 });
        expect(await value(id)).toEqual({ _id: id, stock: 2 });
      } finally {
        s.store.sqlUpdates = true;
      }
    });

    it(`a conditional $inc (${path}) waits for a rollback, then applies on the document as it was`, async () => {
      s.store.sqlUpdates = sql;
      try {
        const _ = s.db.command;
        const id = `lock-rollback-${sql}`;
        await coll().doc(id).set({ stock: 5 });
        const t = await s.db.startTransaction();
        await t.collection('stx').doc(id).update({ stock: 0 });
        const outside = coll().where({ _id: id, stock: _.gte(1) }).update({ stock: _.inc(-1) });
        expect(await pending(outside)).toBe(true);
        await t.rollback();
        expect(await outside).toMatchObject({ updated: 1 });
        expect(await value(id)).toEqual({ _id: id, stock: 4 });
      } finally {
        s.store.sqlUpdates = true;
      }
    });
  }

  it('a doc().set, a remove and an insert of the same _id wait too; other documents do not', async () => {
    await coll().doc('lk').set({ n: 1 });
    const t = await s.db.startTransaction();
    await t.collection('stx').doc('lk').update({ n: 2 });
    await t.collection('stx').add({ _id: 'lk-new', n: 1 });
    const set = coll().doc('lk').set({ n: 9 });
    const insert = coll().add({ _id: 'lk-new', n: 2 });
    expect(await pending(set)).toBe(true);
    expect(await pending(insert)).toBe(true);
    await coll().doc('lk-other').set({ n: 1 });
    await t.commit();
    await set;
    expect(await value('lk')).toEqual({ _id: 'lk', n: 9 });
    // The transaction's insert came first: the waiting one is then a duplicate.
    await expect(insert).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    expect(await value('lk-new')).toEqual({ _id: 'lk-new', n: 1 });
    const remove = coll().doc('lk').remove();
    await expect(remove).resolves.toMatchObject({ deleted: 1 });
  });

  it('a waiting write goes ahead once the transaction times out', async () => {
    const short = await startDbServer({ collections: ['stx'], transactionTimeoutMs: 300 });
    try {
      const _ = short.db.command;
      await short.db.collection('stx').doc('to').set({ n: 1 });
      const t = await short.db.startTransaction();
      await t.collection('stx').doc('to').update({ n: 100 });
      const started = Date.now();
      await short.db.collection('stx').doc('to').update({ n: _.inc(1) });
      expect(Date.now() - started).toBeGreaterThanOrEqual(100);
      expect(await value('to', short.db)).toEqual({ _id: 'to', n: 2 });
      await expect(t.commit()).rejects.toMatchObject(GONE);
    } finally {
      await short.stop();
    }
  });
});

describe('retries on conflict', () => {
  it("the SDK's runTransaction retries a conflicting transaction (first writer wins, the other runs again)", async () => {
    await coll().doc('rt').set({ n: 0 });
    let attempts = 0;
    let release = () => {};
    const bothWrote = new Promise<void>((r) => (release = r));
    let writes = 0;
    const bump = () =>
      s.db.runTransaction(async (tx: any) => {
        attempts += 1;
        const { data } = await tx.collection('stx').doc('rt').get();
        await tx.collection('stx').doc('rt').update({ n: data.n + 1 });
        writes += 1;
        if (writes === 1) await bothWrote;
      });
    const first = bump();
    await sleep(50);
    // The second conflicts with the first's lock at once; the SDK starts it again; it still conflicts until the first commits.
    const second = s.db.runTransaction(async (tx: any) => {
      attempts += 1;
      const { data } = await tx.collection('stx').doc('rt').get();
      release();
      await sleep(30);
      await tx.collection('stx').doc('rt').update({ n: data.n + 1 });
    }, 10);
    await Promise.all([first, second]);
    expect(await value('rt')).toEqual({ _id: 'rt', n: 2 });
    expect(attempts).toBeGreaterThanOrEqual(3);
  });

  it("project code's inTransaction lands every one of many concurrent read-modify-writes", async () => {
    await coll().doc('many').set({ n: 0 });
    const db = s.db as any;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        inTransaction(db, async (tx) => {
          const doc = await txGet<{ n: number }>(tx, 'stx', 'many');
          await tx.collection('stx').doc('many').update({ n: doc!.n + 1 });
        }),
      ),
    );
    expect(await value('many')).toEqual({ _id: 'many', n: 8 });
  });
});
