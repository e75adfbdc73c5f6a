import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertPointsInvariants, docsWhere, givePoints as givePointsIn, saveCouponReward } from '../helpers/points';
import { checkout, gb, makeDeal, MINUTE, pay, readOrder, runTimer } from '../helpers/groupbuy';
import { adminCall, makeDistributor } from '../helpers/distribution';
import { now } from '../../cloudfunctions/shared/runtime/clock';

const DAY = 86_400_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const member = (openid: string, data: Record<string, unknown>) => cloud.call('member', data, openid);
const givePoints = (openid: string, points: number) => givePointsIn(cloud, openid, points);
const reward = (draft: Record<string, unknown>) => saveCouponReward(cloud, draft);
const docs = (collection: string, where: Record<string, unknown>) => docsWhere(cloud, collection, where);
const user = async (openid: string) => (await cloud.db.collection('users').doc(openid).get()).data[0];
const coupon = async (couponId: string) => (await cloud.db.collection('coupons').doc(couponId).get()).data[0];

/** Redeems, then lists the coupons as the checkout sheet does (myCoupons writes the coupons redemptions owe). */
async function redeemed(openid: string, rewardId: string) {
  const res = await member(openid, { action: 'redeemReward', rewardId });
  if (!res.ok) throw new Error(`${res.error.code} ${res.error.message}`);
  const listed = await member(openid, { action: 'myCoupons', status: 'active' });
  expect(listed.data.items.map((c: { couponId: string }) => c.couponId)).toContain(res.data.coupon.couponId);
  return res.data.coupon.couponId as string;
}

describe('积分兑换', () => {
  it('20 concurrent redemptions of a 100-point reward by a member with 150 points give exactly one coupon', async () => {
    const r = await reward({ pointsCost: 100 });
    await givePoints('rush-a', 150);
    const results = await Promise.all(Array.from({ length: 20 }, () => member('rush-a', { action: 'redeemReward', rewardId: r.rewardId })));
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    for (const failed of results.filter((x) => !x.ok)) expect(['INSUFFICIENT_POINTS', 'CONFLICT']).toContain(failed.error.code);
    expect((await member('rush-a', { action: 'myCoupons' })).data.items).toHaveLength(1);
    expect(await docs('coupons', { openid: 'rush-a' })).toHaveLength(1);
    expect((await user('rush-a')).points).toBe(50);
    await assertPointsInvariants(cloud, 'rush-a');
    expect((await cloud.db.collection('rewards').doc(r.rewardId).get()).data[0].redeemed).toBe(1);
  }, 60_000);

  it('never gives more coupons than the stock, however many members redeem at once; refused ones get their points back', async () => {
    const r = await reward({ pointsCost: 10, total: 5 });
    const members = Array.from({ length: 15 }, (_, i) => `stock-${i}`);
    for (const m of members) await givePoints(m, 30);
    const results = await Promise.all(members.map((m) => member(m, { action: 'redeemReward', rewardId: r.rewardId })));
    expect(results.filter((x) => x.ok)).toHaveLength(5);
    for (const failed of results.filter((x) => !x.ok)) expect(failed.error.code).toBe('REWARD_EXHAUSTED');
    expect((await cloud.db.collection('rewards').doc(r.rewardId).get()).data[0].redeemed).toBe(5);
    for (const m of members) await member(m, { action: 'myCoupons' });
    expect(await docs('coupons', { rewardId: r.rewardId })).toHaveLength(5);
    for (const m of members) await assertPointsInvariants(cloud, m);
  }, 60_000);

  it('keeps the per-member limit under concurrency, and a repeated request (same requestId) is one redemption', async () => {
    const r = await reward({ pointsCost: 10, perMember: 2 });
    await givePoints('limit-a', 500);
    const results = await Promise.all(Array.from({ length: 8 }, () => member('limit-a', { action: 'redeemReward', rewardId: r.rewardId })));
    expect(results.filter((x) => x.ok)).toHaveLength(2);
    expect((await user('limit-a')).points).toBe(480);

    const r2 = await reward({ pointsCost: 10, perMember: 3 });
    const again = await Promise.all([1, 2, 3].map(() => member('limit-a', { action: 'redeemReward', rewardId: r2.rewardId, requestId: 'tap-1' })));
    const ids = new Set(again.filter((x) => x.ok).map((x) => x.data.coupon.couponId));
    expect(ids.size).toBe(1);
    expect((await user('limit-a')).points).toBe(470);
    await assertPointsInvariants(cloud, 'limit-a');
  }, 60_000);

  it('refuses without writing: too few points, an inactive reward, bad input', async () => {
    const r = await reward({ pointsCost: 300 });
    await givePoints('poor', 35);
    expect(await member('poor', { action: 'redeemReward', rewardId: r.rewardId })).toMatchObject({ ok: false, error: { code: 'INSUFFICIENT_POINTS' } });
    const off = await reward({ active: false });
    expect(await member('poor', { action: 'redeemReward', rewardId: off.rewardId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await member('poor', { action: 'redeemReward', rewardId: '../x' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await docs('grants', { openid: 'poor', kind: 'redeem' })).toHaveLength(0);
    expect((await user('poor')).points).toBe(35);
    const catalogue = (await member('poor', { action: 'rewardCatalogue' })).data;
    expect(catalogue.points).toBe(35);
    expect(catalogue.items.find((i: { rewardId: string }) => i.rewardId === r.rewardId).blockedReason).toBe('还差 265 积分');
  });

  it('the brand cannot lower a total below what was redeemed, nor save a sample without a deal', async () => {
    const r = await reward({ pointsCost: 1, total: 3 });
    await givePoints('total-a', 10);
    await redeemed('total-a', r.rewardId);
    await redeemed('total-a', r.rewardId);
    const low = await cloud.call('admin', { action: 'saveReward', ...r, rewardId: r.rewardId, total: 1 }, 'demo-admin');
    expect(low).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const sample = await cloud.call('admin', { action: 'saveReward', title: '试吃', kind: 'sample', pointsCost: 800, amountFen: 0, minSpendFen: 0, total: 5, perMember: 1, validDays: 30, active: true }, 'demo-admin');
    expect(sample).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await cloud.call('admin', { action: 'listRewards' }, 'total-a')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('coupons at checkout', () => {
  async function couponFor(openid: string, draft: Record<string, unknown> = {}) {
    const r = await reward({ pointsCost: 1, ...draft });
    await givePoints(openid, 1);
    return redeemed(openid, r.rewardId);
  }

  it('takes the discount off the amount paid, and the commission is on what was paid for the goods', async () => {
    const dealId = await makeDeal(cloud, { groupPriceFen: 2990, soloPriceFen: 3990, commissionBps: 1500 });
    const code = await makeDistributor(cloud, 'cp-leader');
    const couponId = await couponFor('cp-buyer');
    const order = await gb(cloud, 'cp-buyer', { action: 'buySolo', dealId, couponId, code });
    expect(await readOrder(cloud, order.orderId)).toMatchObject({ goodsFen: 3990, discountFen: 500, amountFen: 3490, couponId });
    expect(await coupon(couponId)).toMatchObject({ status: 'locked', orderId: order.orderId });
    expect((await pay(cloud, order.orderId)).ok).toBe(true);
    expect(await coupon(couponId)).toMatchObject({ status: 'used', orderId: order.orderId });
    const commission = (await cloud.db.collection('commissions').doc(order.orderId).get()).data[0];
    expect(commission).toMatchObject({ paidFen: 3490, amountFen: Math.floor((3490 * 1500) / 10_000) });
    const view = (await cloud.call('groupbuy', { action: 'getOrder', orderId: order.orderId }, 'cp-buyer')).data.order;
    expect(view).toMatchObject({ goodsFen: 3990, discountFen: 500, amountFen: 3490 });
  });

  it('refuses a coupon below its minimum, on another deal, or someone else’s, writing nothing', async () => {
    const dealId = await makeDeal(cloud, { groupPriceFen: 2990, soloPriceFen: 3990 });
    const otherDeal = await makeDeal(cloud);
    const couponId = await couponFor('cp-picky');
    const onlyOther = await couponFor('cp-picky', { dealId: otherDeal });
    const tries = [
      checkout(cloud, 'cp-picky', { action: 'startGroup', dealId, couponId }), // ¥29.90 < ¥39
      checkout(cloud, 'cp-picky', { action: 'buySolo', dealId, couponId: onlyOther, quantity: 2 }),
      checkout(cloud, 'cp-thief', { action: 'buySolo', dealId, couponId }),
    ];
    for (const res of await Promise.all(tries)) expect(res).toMatchObject({ ok: false, error: { code: 'COUPON_UNAVAILABLE' } });
    expect((await cloud.db.collection('deals').doc(dealId).get()).data[0]).toMatchObject({ stockLeft: 100, stockReserved: 0 });
    expect(await docs('orders', { dealId })).toHaveLength(0);
    expect(await docs('groups', { dealId })).toHaveLength(0);
  });

  it('a coupon used by concurrent checkouts is used once; the others write nothing', async () => {
    const dealId = await makeDeal(cloud, { soloPriceFen: 3990, perUserLimit: 99 });
    const couponId = await couponFor('cp-race');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => checkout(cloud, 'cp-race', { action: i % 2 ? 'buySolo' : 'startGroup', dealId, couponId, quantity: 2 })),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(['COUPON_UNAVAILABLE', 'CONFLICT']).toContain(r.error.code);
    const orders = await docs('orders', { dealId });
    expect(orders).toHaveLength(1);
    expect(await docs('groups', { dealId, status: 'pending' })).toHaveLength(won[0].data.groupId ? 1 : 0);
    expect((await cloud.db.collection('deals').doc(dealId).get()).data[0]).toMatchObject({ stockReserved: 2, stockLeft: 98 });
    // The per-user limit counts the order's 2 units (read from the buyer's orders: domain/buyer-limit.ts).
    expect((await gb(cloud, 'cp-race', { action: 'getDeal', dealId })).deal.myQuantity).toBe(2);
    expect(await coupon(couponId)).toMatchObject({ status: 'locked', orderId: orders[0]._id });
  }, 60_000);

  it('an unpaid order that is cancelled or expires gives its coupon back', async () => {
    const dealId = await makeDeal(cloud, { soloPriceFen: 3990 });
    const couponId = await couponFor('cp-cancel');
    const first = await gb(cloud, 'cp-cancel', { action: 'buySolo', dealId, couponId });
    expect((await cloud.call('groupbuy', { action: 'cancelOrder', orderId: first.orderId }, 'cp-cancel')).ok).toBe(true);
    expect(await coupon(couponId)).toMatchObject({ status: 'active', orderId: null });
    const second = await gb(cloud, 'cp-cancel', { action: 'buySolo', dealId, couponId });
    cloud.clock.advance(16 * MINUTE);
    await runTimer(cloud, 'releaseReservations');
    expect((await readOrder(cloud, second.orderId)).status).toBe('cancelled');
    expect(await coupon(couponId)).toMatchObject({ status: 'active', orderId: null });
  });

  it('a refund before expiry returns the coupon; after expiry it stays used', async () => {
    const dealId = await makeDeal(cloud, { soloPriceFen: 3990, endAt: new Date(now().getTime() + 365 * DAY) });
    const early = await couponFor('cp-refund', { validDays: 30 });
    const late = await couponFor('cp-refund', { validDays: 1 });
    const a = await gb(cloud, 'cp-refund', { action: 'buySolo', dealId, couponId: early });
    const b = await gb(cloud, 'cp-refund', { action: 'buySolo', dealId, couponId: late });
    await pay(cloud, a.orderId);
    await pay(cloud, b.orderId);
    await adminCall(cloud, { action: 'refundOrder', orderId: a.orderId, reason: '顾客申请退款' });
    expect(await coupon(early)).toMatchObject({ status: 'active', orderId: null });
    cloud.clock.advance(3 * DAY);
    await adminCall(cloud, { action: 'refundOrder', orderId: b.orderId, reason: '顾客申请退款' });
    expect(await coupon(late)).toMatchObject({ status: 'used', orderId: b.orderId });
    const mine = (await member('cp-refund', { action: 'myCoupons' })).data;
    expect(mine.counts).toEqual({ active: 1, used: 1, expired: 0 });
    cloud.clock.advance(30 * DAY);
    expect((await member('cp-refund', { action: 'myCoupons', status: 'expired' })).data).toMatchObject({ counts: { active: 0, used: 1, expired: 1 }, items: [{ couponId: early, status: 'expired' }] });
    expect(await checkout(cloud, 'cp-refund', { action: 'buySolo', dealId, couponId: early })).toMatchObject({ ok: false, error: { code: 'COUPON_UNAVAILABLE' } });
  });

  it('a free sample takes one unit off, leaving ¥0.01 to pay (WeChat Pay needs at least 1 fen)', async () => {
    const dealId = await makeDeal(cloud, { groupPriceFen: 2990, soloPriceFen: 3990 });
    const couponId = await couponFor('cp-sample', { kind: 'sample', dealId, title: '免费试吃' });
    const one = await gb(cloud, 'cp-sample', { action: 'startGroup', dealId, couponId });
    expect(await readOrder(cloud, one.orderId)).toMatchObject({ goodsFen: 2990, discountFen: 2989, amountFen: 1 });
    // The group page's 去支付 says what this order costs, not the deal's group price.
    expect((await gb(cloud, 'cp-sample', { action: 'getGroup', groupId: one.groupId })).group.myOrder).toMatchObject({ orderId: one.orderId, amountFen: 1 });
    await cloud.call('groupbuy', { action: 'cancelOrder', orderId: one.orderId }, 'cp-sample');
    const two = await gb(cloud, 'cp-sample', { action: 'buySolo', dealId, couponId, quantity: 2 });
    expect(await readOrder(cloud, two.orderId)).toMatchObject({ goodsFen: 7980, discountFen: 3990, amountFen: 3990 });
  });
});
