import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, checkout, dealDraft, gb, pay, readDeal } from '../helpers/groupbuy';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const draft = () => dealDraft({ title: '秋日南瓜汤', subtitle: '贝贝南瓜 · 椰奶', description: '社群投票选出的新品', tags: ['新品'] });
const admin = (data: object) => cloud.call('admin', data, 'demo-admin');

describe('the brand operator manages deals', () => {
  it('creates a draft, puts it on sale, sees its groups, edits it and closes it', async () => {
    const created = await admin({ action: 'saveDeal', draft: draft() });
    expect(created).toMatchObject({ ok: true, data: { deal: { status: 'draft', stockLeft: 10, groupCounts: { open: 0 } } } });
    const dealId = created.data.deal.dealId;
    expect((await gb(cloud, 'shopper', { action: 'listDeals' })).items).toHaveLength(0);

    await admin({ action: 'setDealStatus', dealId, status: 'active' });
    expect((await gb(cloud, 'shopper', { action: 'listDeals' })).items.map((d: { title: string }) => d.title)).toEqual(['秋日南瓜汤']);
    const started = await gb(cloud, 'shopper', { action: 'startGroup', dealId, quantity: 3 });
    await pay(cloud, started.orderId);

    const groups = await admin({ action: 'dealGroups', dealId });
    expect(groups.data.items).toEqual([expect.objectContaining({ groupId: started.groupId, status: 'open', paidCount: 1 })]);
    expect((await admin({ action: 'dealGroups', dealId, status: 'failed' })).data.items).toEqual([]);

    expect(await admin({ action: 'saveDeal', dealId, draft: { ...draft(), stock: 2 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('3') },
    });
    const edited = await admin({ action: 'saveDeal', dealId, draft: { ...draft(), stock: 20, groupPriceFen: 1890 } });
    expect(edited.data.deal).toMatchObject({ stockInitial: 20, stockLeft: 17, soldCount: 3, groupPriceFen: 1890, status: 'active' });
    const fetched = await admin({ action: 'getDeal', dealId });
    expect(fetched.data.draft).toMatchObject({ stock: 20, groupPriceFen: 1890, title: '秋日南瓜汤' });

    await admin({ action: 'setDealStatus', dealId, status: 'closed' });
    expect(await checkout(cloud, 'late-shopper', { action: 'startGroup', dealId })).toMatchObject({
      ok: false,
      error: { code: 'DEAL_NOT_ACTIVE' },
    });
    expect((await admin({ action: 'listDeals' })).data.items[0]).toMatchObject({ dealId, status: 'closed', groupCounts: { open: 1 } });
  });

  it('refuses a deal that does not make sense, writing nothing', async () => {
    for (const bad of [
      { groupSize: 1 },
      { groupSize: 51 },
      { groupPriceFen: 19.9 },
      { soloPriceFen: 1000 },
      { endAt: new Date(0).toISOString() },
      { title: '' },
      { image: 'file:///etc/passwd' },
    ]) {
      const res = await admin({ action: 'saveDeal', draft: { ...draft(), ...bad } });
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect((await admin({ action: 'listDeals' })).data.items).toHaveLength(1);
  });

  it('edits the stock of a deal while shoppers rush it, without a transaction on the deal: stock stays exact', async () => {
    const dealId = (await admin({ action: 'saveDeal', draft: { ...draft(), stock: 20, perUserLimit: 1 } })).data.deal.dealId;
    await admin({ action: 'setDealStatus', dealId, status: 'active' });
    const [saved, ...buys] = await Promise.all([
      admin({ action: 'saveDeal', dealId, draft: { ...draft(), stock: 35, perUserLimit: 1 } }),
      ...Array.from({ length: 40 }, (_, i) =>
        checkout(cloud, `restock-rush-${i}`, { action: 'buySolo', dealId }).then(async (r) => (r.ok ? pay(cloud, r.data.orderId) : r)),
      ),
    ]);
    expect(saved.ok).toBe(true);
    const sold = buys.filter((r) => r.ok).length;
    expect(sold).toBeGreaterThanOrEqual(20); // at least the old stock sold; the rest came from the new stock
    expect(await readDeal(cloud, dealId)).toMatchObject({ stockInitial: 35, stockSold: sold, stockLeft: 35 - sold });
    await assertDealInvariants(cloud, dealId);
  });

  it('is for admins only', async () => {
    for (const data of [{ action: 'listDeals' }, { action: 'saveDeal', draft: draft() }]) {
      expect(await cloud.call('admin', data, 'demo-shopper')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await cloud.call('admin', { action: 'listDeals', isAdmin: true }, 'sneaky')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
