import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, checkout, gb, makeDeal, pay, readOrder } from '../helpers/groupbuy';
import { now } from '../../cloudfunctions/shared/runtime/clock';

/**
 * Checkouts write no transaction: the order is one insert, its coupon one conditional
 * update after it, a cancel one conditional update of the order before its coupon comes
 * back. A function that dies between two of those writes leaves nothing anyone can abuse.
 */
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const DAY = 86_400_000;
const coupon = async (couponId: string) => (await cloud.db.collection('coupons').doc(couponId).get()).data[0];
async function couponFor(openid: string, couponId: string) {
  const at = now();
  await cloud.db.collection('coupons').doc(couponId).set({
    openid, rewardId: 'test-reward', title: '满39减5', kind: 'cash', amountFen: 500, minSpendFen: 0, dealId: null, dealTitle: null,
    status: 'active', orderId: null, expiresAt: new Date(at.getTime() + 30 * DAY), usedAt: null, createdAt: at, updatedAt: at,
  });
  return couponId;
}

describe('a checkout that died between its order and its coupon', () => {
  it('cannot be paid at the discount until the coupon is locked to it, and not at all once another order holds it', async () => {
    const dealId = await makeDeal(cloud, { soloPriceFen: 3990, perUserLimit: 9 });
    const couponId = await couponFor('crash-coupon', 'crash-coupon-1');
    const first = await gb(cloud, 'crash-coupon', { action: 'buySolo', dealId, couponId });
    // As if the function had died before locking: the coupon is still free.
    await cloud.db.collection('coupons').doc(couponId).update({ status: 'active', orderId: null });
    const again = await gb(cloud, 'crash-coupon', { action: 'payOrder', orderId: first.orderId });
    expect(again.payment.amountFen).toBe(3490);
    expect(await coupon(couponId)).toMatchObject({ status: 'locked', orderId: first.orderId });

    // Freed again, and taken by another checkout meanwhile: the first order can no longer be paid.
    await cloud.db.collection('coupons').doc(couponId).update({ status: 'active', orderId: null });
    const second = await gb(cloud, 'crash-coupon', { action: 'buySolo', dealId, couponId });
    const refused = await cloud.call('groupbuy', { action: 'payOrder', orderId: first.orderId }, 'crash-coupon');
    expect(refused).toMatchObject({ ok: false, error: { code: 'COUPON_UNAVAILABLE' } });
    expect(await coupon(couponId)).toMatchObject({ status: 'locked', orderId: second.orderId });
    expect((await pay(cloud, second.orderId)).ok).toBe(true);
    expect(await coupon(couponId)).toMatchObject({ status: 'used', orderId: second.orderId });
  });
});

describe('a cancel that died before giving its coupon back', () => {
  it('leaves the coupon to the next checkout, which takes it over from the cancelled order', async () => {
    const dealId = await makeDeal(cloud, { soloPriceFen: 3990, perUserLimit: 9 });
    const couponId = await couponFor('crash-cancel', 'crash-cancel-1');
    const first = await gb(cloud, 'crash-cancel', { action: 'buySolo', dealId, couponId });
    // As if cancelOrder had died right after cancelling the order: the coupon is still locked to it.
    await cloud.db.collection('orders').doc(first.orderId).update({ status: 'cancelled', cancelledAt: now(), stockMoves: ['release'] });
    await cloud.db.collection('orders').doc(first.orderId).update({ stockMoves: [] });
    await cloud.db.collection('deals').doc(dealId).update({ stockLeft: 100, stockReserved: 0 });
    const second = await checkout(cloud, 'crash-cancel', { action: 'buySolo', dealId, couponId });
    expect(second.ok).toBe(true);
    expect(await coupon(couponId)).toMatchObject({ status: 'locked', orderId: second.data.orderId });
    expect((await readOrder(cloud, second.data.orderId)).discountFen).toBe(500);
    await assertDealInvariants(cloud, dealId);
  });
});

describe('one buyer checking out from several tabs at once', () => {
  it('writes one order per slot, each with its own id, and never two for one slot', async () => {
    const dealId = await makeDeal(cloud, { perUserLimit: 4, stockInitial: 50 });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => checkout(cloud, 'tabs', { action: i % 2 ? 'startGroup' : 'buySolo', dealId })));
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    const orders = (await cloud.db.collection('orders').where({ dealId, openid: 'tabs' }).get()).data;
    expect(orders.map((o: { slot: number }) => o.slot).sort()).toEqual([0, 1, 2, 3]);
    // The groups of the refused ones were taken back: one pending group per group order written.
    const groups = (await cloud.db.collection('groups').where({ dealId }).get()).data;
    expect(groups.map((g: { leaderOrderId: string }) => g.leaderOrderId).sort()).toEqual(orders.filter((o: { kind: string }) => o.kind === 'group').map((o: { _id: string }) => o._id).sort());
    await assertDealInvariants(cloud, dealId);
  });
});
