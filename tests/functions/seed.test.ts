import { startTestCloud, TestCloud } from '../helpers/test-cloud';

describe('the seed', () => {
  let cloud: TestCloud;
  afterEach(() => cloud?.stop());

  it('with SEED=none holds only the brand operator', async () => {
    cloud = await startTestCloud({ seed: 'none' });
    const users = await cloud.db.collection('users').get();
    expect(users.data.map((u: { _id: string }) => u._id)).toEqual(['demo-admin']);
    expect((await cloud.db.collection('deals').count()).total).toBe(0);
    expect(await cloud.call('member', { action: 'me' }, 'demo-admin')).toMatchObject({ ok: true, data: { isAdmin: true } });
  });

  it('with SEED=demo has every tier, an admin, deals of several group sizes, and pictures', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const users = (await cloud.db.collection('users').get()).data;
    const tiers = new Set(users.map((u: { tier: string }) => u.tier));
    expect(tiers).toEqual(new Set(['explorer', 'officer', 'cocreator']));
    for (const id of ['demo-admin', 'demo-cocreator', 'demo-officer', 'demo-shopper']) {
      expect(users.map((u: { _id: string }) => u._id)).toContain(id);
    }
    const deals = (await cloud.db.collection('deals').get()).data;
    expect(deals.length).toBeGreaterThanOrEqual(6);
    expect(new Set(deals.map((d: { groupSize: number }) => d.groupSize)).size).toBeGreaterThanOrEqual(3);
    for (const deal of deals) {
      const res = await fetch(`${cloud.url}/storage/${deal.image.replace(/^cloud:\/\/[^/]+\//, '')}`);
      expect(res.status).toBe(200);
    }
  });

  it("with SEED=demo every user's growth and points are the sum of their grants (成长记录 adds up), tiers as the seed plays them", async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const users = (await cloud.db.collection('users').get()).data as { _id: string; growth: number; points: number; tier: string }[];
    const grants = (await cloud.db.collection('grants').limit(1000).get()).data as { openid: string; growth: number; points: number }[];
    for (const u of users) {
      const mine = grants.filter((g) => g.openid === u._id);
      expect({ openid: u._id, growth: mine.reduce((t, g) => t + g.growth, 0), points: mine.reduce((t, g) => t + g.points, 0) }).toEqual({ openid: u._id, growth: u.growth, points: u.points });
    }
    const tiers = Object.fromEntries(users.map((u) => [u._id, u.tier]));
    // 阿青 is approved as a co-creator and 木木 crosses 100 growth while the seed plays; 小满 stays an 探索者.
    expect(tiers).toMatchObject({ 'demo-cocreator': 'cocreator', 'demo-officer': 'officer', 'demo-shopper': 'explorer', 'demo-qing': 'cocreator', 'demo-mumu': 'officer', 'demo-tiantian': 'explorer' });
  });

  it('with SEED=demo gives 阿哲 a code, bound customers and commission pending, available and withdrawn', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const summary = await cloud.call('distribution', { action: 'summary' }, 'demo-cocreator');
    expect(summary).toMatchObject({ ok: true, data: { code: 'YZ7KQ3MP', status: 'active' } });
    const { pendingFen, availableFen, withdrawnFen, customers, orders } = summary.data;
    expect(pendingFen).toBeGreaterThan(0);
    expect(availableFen).toBeGreaterThan(0);
    expect(withdrawnFen).toBe(300);
    expect(customers).toBeGreaterThanOrEqual(3);
    expect(orders).toBeGreaterThanOrEqual(3);
    const groups = (await cloud.db.collection('groups').get()).data;
    expect(groups.some((g: { status: string }) => g.status === 'succeeded')).toBe(true);
    expect(groups.filter((g: { status: string }) => g.status === 'open').length).toBeGreaterThanOrEqual(4);
    const shopperOrders = await cloud.call('groupbuy', { action: 'myOrders' }, 'demo-shopper');
    expect(shopperOrders.data.items.map((o: { status: string }) => o.status).sort()).toEqual(['completed', 'effective', 'effective', 'pending_payment']);
  });

  it("with SEED=demo 团长中心's figures count the rows they sum up: 带来订单 the commissions, 待结算 the pending ones, 客户 the customers, 已提现 the paid withdrawals", async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const call = (action: string, cursor?: string) => cloud.call('distribution', { action, ...(cursor ? { cursor } : {}) }, 'demo-cocreator');
    async function all(action: string) {
      const rows: any[] = [];
      let cursor: string | undefined;
      do {
        const page = (await call(action, cursor)).data;
        rows.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
      return rows;
    }
    const summary = (await call('summary')).data;
    const [commissions, customers, withdrawals] = await Promise.all([all('commissions'), all('customers'), all('withdrawals')]);
    const total = (rows: { amountFen: number }[]) => rows.reduce((t, r) => t + r.amountFen, 0);
    expect(summary.orders).toBe(commissions.length);
    expect(summary.pendingFen).toBe(total(commissions.filter((c) => c.status === 'pending')));
    expect(summary.customers).toBe(customers.length);
    expect(summary.withdrawnFen).toBe(total(withdrawals.filter((w) => w.status === 'succeeded')));
    // The seed has orders through his code that never earned anything (unpaid, cancelled): not counted.
    const attributed = (await cloud.db.collection('orders').where({ distributorOpenid: 'demo-cocreator' }).count()).total;
    expect(attributed).toBeGreaterThan(commissions.length);
  });

  it('with SEED=demo has an open poll, one only for 体验官 and a closed one with a winner', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const polls = (await cloud.call('community', { action: 'listPolls' }, 'demo-shopper')).data.items;
    expect(polls.map((p: { phase: string }) => p.phase).sort()).toEqual(['closed', 'open', 'open']);
    expect(polls.find((p: { minTier: string }) => p.minTier === 'officer').voteBlockedReason).toContain('体验官');
    expect(polls.find((p: { phase: string }) => p.phase === 'closed')).toMatchObject({ resultsVisible: true, winnerOptionId: 'o2', totalVoters: 5 });
  });

  it('with SEED=demo has a living 晒单 feed: photos, likes, a featured post, a verified one and one awaiting review', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const feed = (await cloud.call('community', { action: 'listPosts', sort: 'newest' }, 'demo-shopper')).data;
    expect(feed.items.length).toBeGreaterThanOrEqual(5);
    expect(feed.items.every((p: { status: string }) => p.status === 'published')).toBe(true);
    expect(feed.items.filter((p: { images: string[] }) => p.images.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(feed.items.some((p: { verified: boolean }) => p.verified)).toBe(true);
    const featured = (await cloud.call('community', { action: 'listPosts', sort: 'featured' }, 'demo-shopper')).data.items;
    expect(featured).toHaveLength(2);
    expect(featured.some((p: { contest: { winner: boolean } | null }) => p.contest?.winner)).toBe(true);
    const contests = (await cloud.call('community', { action: 'listContests' }, 'demo-shopper')).data.items;
    expect(contests.map((c: { phase: string }) => c.phase)).toEqual(['open', 'awarded']);
    expect(contests[0].entries).toBe(1);
    const photo = await fetch(cloud.url + '/storage/' + featured[0].images[0].replace(/^cloud:\/\/[^/]+\//, ''));
    expect(photo.status).toBe(200);
    const queue = (await cloud.call('admin', { action: 'moderationPosts', queue: 'review' }, 'demo-admin')).data.items;
    expect(queue).toHaveLength(1);
    expect((await cloud.call('community', { action: 'pendingPosts' }, queue[0].authorOpenid)).data.items).toHaveLength(1);
  });

  it("with SEED=demo has pickup points (阿哲's suggested to his customers), saved addresses and orders of both delivery modes", async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const points = (await cloud.call('groupbuy', { action: 'pickupPoints' }, 'demo-shopper')).data.items;
    expect(points.length).toBeGreaterThanOrEqual(2);
    expect(points[0]).toMatchObject({ kind: 'leader', contactName: '阿哲', suggested: true });
    const addresses = (await cloud.call('member', { action: 'addresses' }, 'demo-shopper')).data.items;
    expect(addresses).toHaveLength(2);
    expect(addresses.filter((a: { isDefault: boolean }) => a.isDefault)).toHaveLength(1);
    const orders = (await cloud.db.collection('orders').limit(1000).get()).data as { delivery?: { mode: string }; amountFen: number; goodsFen?: number; shippingFeeFen?: number }[];
    expect(orders.every((o) => o.delivery && o.goodsFen! + o.shippingFeeFen! === o.amountFen)).toBe(true);
    expect(new Set(orders.map((o) => o.delivery!.mode))).toEqual(new Set(['express', 'pickup']));
    expect(orders.some((o) => o.shippingFeeFen! > 0)).toBe(true);
  });

  it('with SEED=demo has orders in every fulfilment stage, as their shoppers see them', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const stages = new Set<string>();
    for (const openid of ['demo-shopper', 'demo-officer', 'demo-cocreator', 'demo-qing', 'demo-mumu', 'demo-tiantian']) {
      const { data } = await cloud.call('groupbuy', { action: 'myOrders' }, openid);
      for (const o of data.items as { delivery: { stage: string } }[]) stages.add(o.delivery.stage);
    }
    for (const stage of ['unpaid', 'grouping', 'to_ship', 'to_arrive', 'shipped', 'at_point', 'completed', 'after_sale']) expect(stages).toContain(stage);
    // The brand has a queue to work through and a request to review.
    expect((await cloud.call('fulfilment', { action: 'shipQueue', stage: 'to_ship' }, 'demo-admin')).data.items.length).toBeGreaterThan(0);
    expect((await cloud.call('fulfilment', { action: 'afterSales', status: 'open' }, 'demo-admin')).data.items).toHaveLength(1);
  });

  it('with SEED=demo has 《晨光能量碗》 launched with its history and a project collecting ideas', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const { items } = (await cloud.call('cocreation', { action: 'listProjects' }, 'demo-shopper')).data;
    expect(items.map((p: { title: string; group: string }) => [p.title, p.group]).sort()).toEqual([['晨光能量碗', 'launched'], ['秋冬暖身汤', 'open']]);
    const bowl = items.find((p: { title: string }) => p.title === '晨光能量碗');
    const { project } = (await cloud.call('cocreation', { action: 'getProject', projectId: bowl.projectId }, 'demo-shopper')).data;
    expect(project.coCreators.map((c: { nickname: string }) => c.nickname).sort()).toEqual(['阿哲', '阿青'].sort());
    expect(project.ideas.filter((i: { adopted: boolean }) => i.adopted)).toHaveLength(2);
    expect(project.proposals.every((p: { adopted: boolean }) => p.adopted)).toBe(true);
    expect(project.trialRounds.map((r: { reports: number }) => r.reports)).toEqual([2, 2]);
    expect(project.wall.length).toBeGreaterThanOrEqual(4);
    // The deal credits its co-creators.
    const deal = (await cloud.call('groupbuy', { action: 'getDeal', dealId: project.launchedDealId }, 'demo-shopper')).data.deal;
    expect(deal.coCreation).toMatchObject({ projectId: bowl.projectId, coCreators: expect.arrayContaining(['阿哲', '阿青']) });
  });

  it('with SEED=demo has two partners with staff, a perk on 《晨光能量碗》 with vouchers, an upcoming event and a past one with attendance', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const { items: partners } = (await cloud.call('admin', { action: 'listPartners' }, 'demo-admin')).data;
    expect(partners.map((p: { name: string; kind: string; staff: { nickname: string }[] }) => [p.name, p.kind, p.staff.map((s) => s.nickname)]).sort()).toEqual([
      ['山月瑜伽', 'yoga', ['林老师']],
      ['麦田咖啡', 'cafe', ['麦子']],
    ]);
    const yoga = partners.find((p: { name: string }) => p.name === '山月瑜伽');
    expect(yoga.perks).toEqual([expect.objectContaining({ dealTitle: '晨光能量碗', service: '一节瑜伽体验课', issued: 2 })]);
    // 小满 holds an unused voucher, 木木 a used one; 林老师's console counts both.
    const mine = (await cloud.call('partner', { action: 'myVouchers', status: 'active' }, 'demo-shopper')).data;
    expect(mine.items.map((v: { service: string; partner: { name: string } }) => [v.service, v.partner.name])).toEqual([['一节瑜伽体验课', '山月瑜伽']]);
    expect((await cloud.call('partner', { action: 'myVouchers', status: 'used' }, 'demo-mumu')).data.items).toHaveLength(1);
    const console_ = (await cloud.call('partner', { action: 'partnerConsole' }, 'demo-yoga')).data;
    expect(console_.figures).toMatchObject({ vouchersIssued: 2, vouchersRedeemed: 1, newVisitors: 1 });
    // 原野生活日 took place with four attendees and a tagged post; the sunrise class is open for sign-up.
    const { items: events } = (await cloud.call('partner', { action: 'listEvents' }, 'demo-shopper')).data;
    expect(events.map((e: { title: string; phase: string }) => [e.title, e.phase])).toEqual([
      ['日出瑜伽 + 能量早餐', 'open'],
      ['原野生活日 · 秋日野餐', 'ended'],
    ]);
    const past = (await cloud.call('partner', { action: 'getEvent', eventId: events[1].eventId }, 'demo-shopper')).data.event;
    expect(past.attendees).toHaveLength(5);
    expect(past.posts).toHaveLength(1);
    const cafe = (await cloud.call('partner', { action: 'partnerConsole' }, 'demo-cafe')).data;
    expect(cafe.figures).toMatchObject({ events: 1, attendance: 4, signups: 5 });
  });

  it('with SEED=demo has a 积分商城 (a ¥5-off coupon, a partner perk, a free sample) and 小满 holds one coupon, still an 探索者', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const catalogue = (await cloud.call('member', { action: 'rewardCatalogue' }, 'demo-shopper')).data;
    expect(catalogue.items.map((r: { title: string }) => r.title)).toEqual(['满39减5元券', '山月瑜伽 体验课', '燕麦坚果脆 免费试吃', '满99减15元券']);
    expect(catalogue.items[1]).toMatchObject({ kind: 'perk', pointsCost: 600, perkTitle: '山月瑜伽 一节瑜伽体验课' });
    expect(catalogue.items.every((r: { blockedReason: string | null }) => r.blockedReason)).toBe(true); // too few points
    const coupons = (await cloud.call('member', { action: 'myCoupons', status: 'active' }, 'demo-shopper')).data;
    expect(coupons.items).toHaveLength(1);
    expect(coupons.items[0]).toMatchObject({ amountFen: 500, minSpendFen: 3900, status: 'active' });
    expect((await cloud.call('member', { action: 'me' }, 'demo-shopper')).data.tier).toBe('explorer');
  });

  it('is idempotent: a restart on the same data seeds nothing twice', async () => {
    cloud = await startTestCloud({ seed: 'demo' });
    const count = (await cloud.db.collection('deals').count()).total;
    const { dataDir } = cloud.config;
    await cloud.close();
    const { startLocalCloud } = await import('../../emulator/local-cloud');
    const again = await startLocalCloud({ port: 0, dataDir, seed: 'demo' });
    try {
      const { database } = await import('../../cloudfunctions/shared/runtime/cloud');
      expect((await database().collection('deals').count()).total).toBe(count);
    } finally {
      await again.close();
    }
    cloud.stop = async () => undefined;
  });
});
