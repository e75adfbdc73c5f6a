import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { checkout, dealDraft, gb, makeDeal, MINUTE, runTimer, readOrder } from '../helpers/groupbuy';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'demo' });
});
afterAll(() => cloud.stop());

type Deal = { dealId: string; title: string; phase: string; categoryId: string | null };

describe('the home list: search, categories and order', () => {
  it('lists buyable deals first, then upcoming, then sold out; the home call brings that first page with the categories', async () => {
    const res = await gb<{ items: Deal[] }>(cloud, 'demo-shopper', { action: 'listDeals' });
    const phases = res.items.map((d) => d.phase);
    expect(phases).toEqual([...phases.filter((p) => p === 'on_sale'), ...phases.filter((p) => p === 'upcoming'), ...phases.filter((p) => p === 'sold_out')]);
    expect(res.items[res.items.length - 1].title).toBe('每日坚果 30 包');
    const home = await gb<{ deals: { items: Deal[] }; categories: { categoryId: string; name: string }[] }>(cloud, 'demo-shopper', { action: 'home' });
    expect(home.deals.items).toEqual(res.items);
    expect(home.categories.map((c) => c.name)).toEqual(['早餐', '轻食', '零食', '饮品', '礼盒']);
  });

  it('gives the home page its poll banner and small copies of the newest 晒单 photos with its first call', async () => {
    const home = await gb<{ polls: { open: number; title: string | null }; photos: string[] }>(cloud, 'demo-shopper', { action: 'home' });
    const polls = await cloud.call('community', { action: 'listPolls' }, 'demo-shopper');
    const open = polls.data.items.filter((p: { phase: string }) => p.phase === 'open');
    expect(home.polls).toEqual({ open: open.length, title: open[0].title });
    expect(home.photos).toHaveLength(3);
    for (const photo of home.photos) expect(photo).toMatch(/\/ugc\/seed\/thumbs\/[a-z-]+\.png$/);
  });

  it('sends list cards with the sized picture, not the gallery or the description', async () => {
    const { items } = await gb<{ items: Record<string, unknown>[] }>(cloud, 'demo-shopper', { action: 'listDeals' });
    const bowl = items.find((d) => d.title === '晨光能量碗')!;
    expect(bowl.thumb).toMatch(/\/products\/thumbs\/morning-bowl\.png$/);
    expect(bowl).not.toHaveProperty('images');
    expect(bowl).not.toHaveProperty('description');
  });

  it('finds deals by words of their title, and narrows to a category', async () => {
    const found = await gb<{ items: Deal[] }>(cloud, 'demo-shopper', { action: 'listDeals', q: '能量' });
    expect(found.items.map((d) => d.title)).toEqual(['晨光能量碗']);
    const { categories } = await gb<{ categories: { categoryId: string; name: string }[] }>(cloud, 'demo-shopper', { action: 'home' });
    const snacks = categories.find((c) => c.name === '零食')!;
    const listed = await gb<{ items: Deal[] }>(cloud, 'demo-shopper', { action: 'listDeals', categoryId: snacks.categoryId });
    expect(listed.items.map((d) => d.title).sort()).toEqual(['每日坚果 30 包', '燕麦坚果脆']);
    expect(listed.items.every((d) => d.categoryId === snacks.categoryId)).toBe(true);
  });

  it('refuses a malformed category or cursor with a Chinese message', async () => {
    const res = await cloud.call('groupbuy', { action: 'listDeals', categoryId: '../x' }, 'demo-shopper');
    expect(res.ok).toBe(false);
  });

  it('lets the brand add, rename and remove categories; a removed one leaves its deals uncategorised', async () => {
    const admin = (data: Record<string, unknown>) => cloud.call('admin', data, 'demo-admin');
    const created = await admin({ action: 'saveCategory', name: '甜品' });
    expect(created.ok).toBe(true);
    const id = created.data.category.categoryId;
    expect((await admin({ action: 'saveCategory', name: '早餐' })).error?.message).toBe('已有同名分类');
    expect((await admin({ action: 'saveCategory', categoryId: id, name: '甜点' })).data.category.name).toBe('甜点');
    const dealId = await makeDeal(cloud, { title: '提拉米苏', categoryId: id });
    expect((await admin({ action: 'deleteCategory', categoryId: id })).ok).toBe(true);
    expect((await cloud.db.collection('deals').doc(dealId).get()).data[0].categoryId).toBeNull();
    expect((await cloud.call('admin', { action: 'categories' }, 'demo-shopper')).ok).toBe(false);
  });
});

describe('the category a deal is saved with in the editor', () => {
  const draft = (categoryId?: string | null) => dealDraft({ title: '芝麻核桃酥', soloPriceFen: null, ...(categoryId === undefined ? {} : { categoryId }) });
  const admin = (data: Record<string, unknown>) => cloud.call('admin', data, 'demo-admin');
  const listed = async (categoryId: string) =>
    (await gb<{ items: Deal[] }>(cloud, 'demo-shopper', { action: 'listDeals', categoryId })).items.map((d) => d.title);

  it('files the deal under that category on the home list, moves it when changed, and keeps it when a page sends none', async () => {
    const { categories } = await gb<{ categories: { categoryId: string; name: string }[] }>(cloud, 'demo-shopper', { action: 'home' });
    const snacks = categories.find((c) => c.name === '零食')!.categoryId;
    const breakfast = categories.find((c) => c.name === '早餐')!.categoryId;
    const created = await admin({ action: 'saveDeal', draft: draft(snacks) });
    expect(created.ok).toBe(true);
    const dealId = created.data.deal.dealId;
    expect((await admin({ action: 'setDealStatus', dealId, status: 'active' })).ok).toBe(true);
    expect(await listed(snacks)).toContain('芝麻核桃酥');
    expect(await listed(breakfast)).not.toContain('芝麻核桃酥');
    expect((await admin({ action: 'getDeal', dealId })).data.draft.categoryId).toBe(snacks);

    expect((await admin({ action: 'saveDeal', dealId, draft: draft(breakfast) })).ok).toBe(true);
    expect(await listed(breakfast)).toContain('芝麻核桃酥');
    expect(await listed(snacks)).not.toContain('芝麻核桃酥');

    expect((await admin({ action: 'saveDeal', dealId, draft: draft() })).ok).toBe(true);
    expect(await listed(breakfast)).toContain('芝麻核桃酥');

    expect((await admin({ action: 'saveDeal', dealId, draft: draft(null) })).ok).toBe(true);
    expect(await listed(breakfast)).not.toContain('芝麻核桃酥');
    expect((await admin({ action: 'getDeal', dealId })).data.draft.categoryId).toBeNull();
  });

  it('refuses a category that does not exist, writing nothing', async () => {
    const res = await admin({ action: 'saveDeal', draft: { ...draft('nope-category'), title: '不存在的分类' } });
    expect(res.error?.message).toBe('分类不存在，请重新选择');
    expect((await cloud.db.collection('deals').where({ title: '不存在的分类' }).get()).data).toHaveLength(0);
  });
});

describe('the deal page', () => {
  it('tells the caller how many units they already hold under the per-user limit (myQuantity)', async () => {
    const dealId = await makeDeal(cloud, { title: '限购测试', perUserLimit: 3 });
    const held = async (openid: string) => (await gb(cloud, openid, { action: 'getDeal', dealId })).deal.myQuantity;
    expect(await held('limit-buyer')).toBe(0);
    const first = await gb(cloud, 'limit-buyer', { action: 'buySolo', dealId, quantity: 2 });
    expect(await held('limit-buyer')).toBe(2);
    expect(await held('limit-other')).toBe(0);
    // The stepper's cap is what the server still accepts: 1 more, not 2.
    const over = await checkout(cloud, 'limit-buyer', { action: 'buySolo', dealId, quantity: 2 });
    expect(over.error?.message).toBe('每人限购 3 份');
    expect((await checkout(cloud, 'limit-buyer', { action: 'buySolo', dealId, quantity: 1 })).ok).toBe(true);
    expect(await held('limit-buyer')).toBe(3);
    // A cancelled order gives its units back.
    await gb(cloud, 'limit-buyer', { action: 'cancelOrder', orderId: first.orderId });
    expect(await held('limit-buyer')).toBe(1);
  });


  it('shows a few published 晒单 of the product, featured first, and a leader what sharing earns', async () => {
    const { items } = await gb<{ items: Deal[] }>(cloud, 'demo-shopper', { action: 'listDeals', q: '晨光能量碗' });
    const shopper = await gb(cloud, 'demo-shopper', { action: 'getDeal', dealId: items[0].dealId });
    expect(shopper.shareEarnFen).toBeNull();
    expect(shopper.posts.length).toBeLessThanOrEqual(3);
    const featured = shopper.posts.map((p: { featured: boolean }) => p.featured);
    expect(featured).toEqual([...featured].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    const leader = await gb(cloud, 'demo-cocreator', { action: 'getDeal', dealId: items[0].dealId });
    expect(leader.shareEarnFen).toBe(Math.floor((2990 * 1500) / 10_000)); // 15% of ¥29.90 = ¥4.48
  });
});

describe('我的订单 tabs and counts', () => {
  it('puts each order under its tab and counts them in one call', async () => {
    const dealId = await makeDeal(cloud, { title: '分页测试碗' });
    const unpaid = await gb(cloud, 'demo-tiantian', { action: 'buySolo', dealId });
    const counts = (await gb(cloud, 'demo-tiantian', { action: 'orderCounts' })).counts;
    expect(counts.unpaid).toBe(1);
    const tab = async (status?: string) =>
      (await gb<{ items: { orderId: string }[] }>(cloud, 'demo-tiantian', { action: 'myOrders', ...(status ? { status } : {}) })).items.map((o) => o.orderId);
    expect(await tab('unpaid')).toEqual([unpaid.orderId]);
    expect(await tab('to_ship')).not.toContain(unpaid.orderId);
    expect(await tab()).toContain(unpaid.orderId);
    expect((await cloud.call('groupbuy', { action: 'myOrders', status: 'lost' }, 'demo-tiantian')).ok).toBe(false);
  });

  it('shows an unpaid order past its pay time as cancelled (支付超时) before the release timer runs, and no longer as 待付款', async () => {
    const dealId = await makeDeal(cloud, { title: '超时测试碗' });
    const { orderId } = await gb(cloud, 'demo-mumu', { action: 'buySolo', dealId });
    cloud.clock.advance(16 * MINUTE);
    expect((await readOrder(cloud, orderId)).status).toBe('pending_payment');
    const { order } = await gb(cloud, 'demo-mumu', { action: 'getOrder', orderId });
    expect([order.status, order.payExpired, order.delivery.stage, order.nextStep]).toEqual(['cancelled', true, 'cancelled', '支付超时，订单已取消，未扣款']);
    expect((await gb(cloud, 'demo-mumu', { action: 'orderCounts' })).counts.unpaid).toBe(0);
    await runTimer(cloud, 'releaseReservations');
    expect((await readOrder(cloud, orderId)).status).toBe('cancelled');
  });
});
