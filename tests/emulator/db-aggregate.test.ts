import { startDbServer, DbServer } from '../helpers/db-server';

type Doc = Record<string, any>;
let s: DbServer;

beforeAll(async () => {
  s = await startDbServer({ collections: ['sales', 'people'] });
  await s.db.collection('people').add([
    { _id: 'u1', name: 'Lin' },
    { _id: 'u2', name: 'Zhe' },
  ]);
  await s.db.collection('sales').add([
    { _id: 's1', user: 'u1', amount: 10, status: 'paid', items: ['a', 'b'], at: new Date('2026-01-01T00:00:00Z') },
    { _id: 's2', user: 'u1', amount: 30, status: 'paid', items: ['b'], at: new Date('2026-01-02T00:00:00Z') },
    { _id: 's3', user: 'u2', amount: 5, status: 'paid', items: [], at: new Date('2026-01-03T00:00:00Z') },
    { _id: 's4', user: 'u2', amount: 99, status: 'refunded', items: ['c'], at: new Date('2026-01-04T00:00:00Z') },
  ]);
});
afterAll(() => s.stop());

const sales = () => s.db.collection('sales').aggregate();

describe('aggregate', () => {
  it('matches and groups with sum, avg, min, max and a count', async () => {
    const $ = s.db.command.aggregate;
    const res = await sales()
      .match({ status: 'paid' })
      .group({ _id: '$user', total: $.sum('$amount'), avg: $.avg('$amount'), min: $.min('$amount'), max: $.max('$amount'), count: $.sum(1), last: $.max('$at') })
      .sort({ _id: 1 })
      .end();
    expect(res.data).toEqual([
      { _id: 'u1', total: 40, avg: 20, min: 10, max: 30, count: 2, last: new Date('2026-01-02T00:00:00Z') },
      { _id: 'u2', total: 5, avg: 5, min: 5, max: 5, count: 1, last: new Date('2026-01-03T00:00:00Z') },
    ]);
  });

  it('sorts, skips, limits and projects', async () => {
    const res = await sales().sort({ amount: -1 }).skip(1).limit(2).project({ _id: 0, amount: 1 }).end();
    expect(res.data).toEqual([{ amount: 30 }, { amount: 10 }]);
  });

  it('unwinds arrays', async () => {
    const res = await sales().match({ status: 'paid' }).unwind('$items').project({ items: 1 }).end();
    expect(res.data.map((d: Doc) => `${d._id}:${d.items}`)).toEqual(['s1:a', 's1:b', 's2:b']);
  });

  it('looks up documents of another collection', async () => {
    const res = await sales()
      .match({ _id: s.db.command.in(['s1', 's3']) })
      .lookup({ from: 'people', localField: 'user', foreignField: '_id', as: 'buyer' })
      .unwind('$buyer')
      .project({ name: '$buyer.name' })
      .sort({ _id: 1 })
      .end();
    expect(res.data).toEqual([{ _id: 's1', name: 'Lin' }, { _id: 's3', name: 'Zhe' }]);
  });

  it('joins nothing (an empty array, as MongoDB) when a local field through an array matches nothing', async () => {
    const res = await sales()
      .match({ _id: s.db.command.in(['s1', 's3', 's4']) })
      .lookup({ from: 'people', localField: 'items', foreignField: '_id', as: 'joined' })
      .project({ joined: 1 })
      .sort({ _id: 1 })
      .end();
    expect(res.data).toEqual([{ _id: 's1', joined: [] }, { _id: 's3', joined: [] }, { _id: 's4', joined: [] }]);
  });

  it('counts matches with the count stage', async () => {
    const res = await sales().match({ amount: s.db.command.gte(10) }).count('n').end();
    expect(res.data).toEqual([{ n: 3 }]);
  });
});
