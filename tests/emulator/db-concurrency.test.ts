import { startDbServer, DbServer } from '../helpers/db-server';

let s: DbServer;

beforeAll(async () => {
  s = await startDbServer({ collections: ['seats'] });
});
afterAll(() => s.stop());

describe('concurrent writes', () => {
  it('a capped conditional increment is exact: 300 concurrent attempts, 100 seats', async () => {
    const _ = s.db.command;
    await s.db.collection('seats').doc('g1').set({ n: 0 });
    s.store.resetCounters();
    const results = await Promise.all(
      Array.from({ length: 300 }, () =>
        s.db.collection('seats').where({ _id: 'g1', n: _.lt(100) }).update({ n: _.inc(1) }),
      ),
    );
    expect(results.filter((r: { updated: number }) => r.updated === 1)).toHaveLength(100);
    expect(results.filter((r: { updated: number }) => r.updated === 0)).toHaveLength(200);
    expect((await s.db.collection('seats').doc('g1').get()).data[0].n).toBe(100);
    expect(s.store.counters.byAction['database.modifyDocument']).toBe(300);
  });

  it('concurrent adds each get their own id', async () => {
    const res = await Promise.all(Array.from({ length: 100 }, (_x, i) => s.db.collection('seats').add({ i })));
    expect(new Set(res.map((r: { id?: string }) => r.id)).size).toBe(100);
  });
});
