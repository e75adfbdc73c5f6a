import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { makeDeal, readOrder } from '../helpers/groupbuy';
import { codeOfOrder, fl, fulfil, paidOrder, pointOf, shippingUploads } from '../helpers/fulfilment';
import { gb } from '../helpers/groupbuy';
import { outbox } from '../../cloudfunctions/shared/providers/notifier';

let cloud: TestCloud;
let dealId: string;
beforeAll(async () => {
  cloud = await startTestCloud();
  dealId = await makeDeal(cloud, { stockInitial: 500, perUserLimit: 50 });
  await pointOf(cloud, 'point-a', 'leader-a', ['clerk-a']);
  await pointOf(cloud, 'point-b', 'leader-b');
});
afterAll(() => cloud.stop());

/** A paid pickup order at point A whose goods reached the point. */
async function arrived(buyer: string): Promise<string> {
  const orderId = await paidOrder(cloud, buyer, dealId, { mode: 'pickup', pointId: 'point-a' });
  const { results } = await fl(cloud, { action: 'dispatchPickup', pointId: 'point-a', orderIds: [orderId] });
  expect(results).toEqual([{ orderId, result: 'shipped' }]);
  return orderId;
}

describe('pickup: dispatch to the point and verification (核销)', () => {
  it('gives the shopper a pickup code only once the goods are at the point, and tells them', async () => {
    const orderId = await paidOrder(cloud, 'shopper-1', dealId, { mode: 'pickup', pointId: 'point-a' });
    const early = await cloud.call('groupbuy', { action: 'pickupCode', orderId }, 'shopper-1');
    expect([early.ok, early.error?.code, early.error?.message]).toEqual([false, 'ORDER_STATE', '货品还没到自提点']);

    await fl(cloud, { action: 'dispatchPickup', pointId: 'point-a', orderIds: [orderId] });
    const code = await gb(cloud, 'shopper-1', { action: 'pickupCode', orderId });
    expect(code).toMatchObject({ pointName: '自提点 point-a', status: 'active' });
    expect(code.token).toMatch(/^[0-9a-f]{32}$/);
    expect(code.code).toMatch(/^\d{6}$/);
    expect(code.token).not.toContain(orderId);
    expect(outbox.sent.some((n) => n.kind === 'pickup_ready' && n.openid === 'shopper-1')).toBe(true);
    // Someone else's order has no code for them.
    expect((await cloud.call('groupbuy', { action: 'pickupCode', orderId }, 'shopper-2')).error.code).toBe('NOT_FOUND');
    // 到货 again changes nothing: the same code, one shipment.
    expect((await fl(cloud, { action: 'dispatchPickup', pointId: 'point-a', orderIds: [orderId] })).results[0].result).toBe('already');
    expect((await gb(cloud, 'shopper-1', { action: 'pickupCode', orderId })).token).toBe(code.token);
    expect((await shippingUploads(cloud)).filter((u) => u.orderId === orderId)).toEqual([expect.objectContaining({ mode: 'pickup' })]);
  });

  it('never completes an order twice: 20 concurrent verifications of one code make one completion, the rest CODE_USED', async () => {
    const orderId = await arrived('shopper-3');
    const { short } = await codeOfOrder(cloud, orderId);
    const calls = await Promise.all(Array.from({ length: 20 }, (_, i) => fulfil(cloud, { action: 'verifyPickup', code: short }, i % 2 ? 'leader-a' : 'clerk-a')));
    expect(calls.filter((c) => c.ok)).toHaveLength(1);
    expect(calls.filter((c) => !c.ok).map((c) => c.error.code)).toEqual(Array(19).fill('CODE_USED'));
    const order = await readOrder(cloud, orderId);
    expect(order.status).toBe('completed');
    expect(order.completedAt).toBeTruthy();
    expect(order.perksDue).toBeUndefined(); // its deal has no perk: nothing left for the outbox
    expect(calls.find((c) => c.ok)!.data.order).toMatchObject({ orderId, status: 'used', quantity: 1 });
  });

  it('shows point staff the order behind a code with the phone tail only, and refuses staff of another point', async () => {
    await cloud.db.collection('addresses').doc('addr-shopper-4').set({ openid: 'shopper-4', name: '李四', phone: '13700001234', region: ['上海市', '上海市', '徐汇区'], detail: '某路', isDefault: true, createdAt: new Date(), updatedAt: new Date() });
    const orderId = await arrived('shopper-4');
    const code = await codeOfOrder(cloud, orderId);
    const seen = await fl(cloud, { action: 'lookupPickup', code: code.short }, 'clerk-a');
    expect(seen.order).toMatchObject({ orderId, phoneTail: '1234', pointName: '自提点 point-a', status: 'active' });
    expect(JSON.stringify(seen)).not.toContain('13700001234');

    const other = await fulfil(cloud, { action: 'verifyPickup', code: code._id }, 'leader-b');
    expect(['FORBIDDEN', 'WRONG_POINT']).toContain(other.error.code);
    const stranger = await fulfil(cloud, { action: 'verifyPickup', code: code._id }, 'shopper-4');
    expect(stranger.error.code).toBe('FORBIDDEN');
    expect((await readOrder(cloud, orderId)).status).toBe('effective');
  });

  it('answers a guessed code NOT_FOUND, and after 10 wrong guesses in an hour refuses even a right one', async () => {
    const orderId = await arrived('shopper-5');
    const { short } = await codeOfOrder(cloud, orderId);
    await pointOf(cloud, 'point-c', 'leader-c');
    const wrong = String((Number(short) + 1) % 1_000_000).padStart(6, '0'); // no code, or another point's: both count
    for (let i = 0; i < 10; i++) {
      const res = await fulfil(cloud, { action: 'lookupPickup', code: i % 2 ? 'ffffffffffffffffffffffffffffffff' : wrong }, 'leader-c');
      expect(res.error.code).toMatch(/NOT_FOUND|WRONG_POINT/);
    }
    const blocked = await fulfil(cloud, { action: 'lookupPickup', code: 'ffffffffffffffffffffffffffffffff' }, 'leader-c');
    expect(blocked.error.code).toBe('TOO_MANY_ATTEMPTS');
    // Even a right code, at a point they now staff, is refused for the rest of the hour.
    await cloud.db.collection('pickupPoints').doc('point-a').update({ staff: ['clerk-a', 'leader-c'] });
    expect((await fulfil(cloud, { action: 'verifyPickup', code: short }, 'leader-c')).error.code).toBe('TOO_MANY_ATTEMPTS');
    // Another caller is not throttled by leader-c's guesses; the next hour leader-c may try again.
    expect((await fulfil(cloud, { action: 'lookupPickup', code: short }, 'clerk-a')).ok).toBe(true);
    cloud.clock.advance(3_600_000);
    expect((await fulfil(cloud, { action: 'verifyPickup', code: short }, 'leader-c')).ok).toBe(true);
    expect((await readOrder(cloud, orderId)).status).toBe('completed');
    await cloud.db.collection('pickupPoints').doc('point-a').update({ staff: ['clerk-a'] });
  });

  it('refuses 10 concurrent wrong guesses past the limit too', async () => {
    const guesses = await Promise.all(Array.from({ length: 15 }, () => fulfil(cloud, { action: 'lookupPickup', code: 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee' }, 'clerk-a')));
    expect(guesses.filter((g) => g.error.code === 'NOT_FOUND')).toHaveLength(10);
    expect(guesses.filter((g) => g.error.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(5);
  });

  it('voids the code of a refunded order', async () => {
    const orderId = await arrived('shopper-6');
    const { short } = await codeOfOrder(cloud, orderId);
    const refunded = await cloud.call('admin', { action: 'refundOrder', orderId, reason: '顾客不要了' }, 'demo-admin');
    expect(refunded.ok).toBe(true);
    const res = await fulfil(cloud, { action: 'verifyPickup', code: short }, 'leader-a');
    expect(res.error.code).toBe('CODE_USED');
    expect((await codeOfOrder(cloud, orderId)).status).toBe('void');
  });

  it('manages points: validation in Chinese, a leader point needs an active distributor, staff must exist', async () => {
    const bad = await fulfil(cloud, { action: 'savePickupPoint', name: '新点', address: '上海', hours: '9-21', contactName: '张', contactPhone: '12345', kind: 'partner', active: true });
    expect([bad.error.code, bad.error.message]).toEqual(['INVALID_ARGUMENT', expect.stringContaining('手机号')]);
    const leader = await fulfil(cloud, { action: 'savePickupPoint', name: '新点', address: '上海', hours: '9-21', contactName: '张', contactPhone: '13812345678', kind: 'leader', ownerOpenid: 'nobody', active: true });
    expect(leader.error.code).toBe('INVALID_ARGUMENT');
    const saved = await fl(cloud, { action: 'savePickupPoint', name: '新点', address: '上海', hours: '9-21', contactName: '张', contactPhone: '13812345678', kind: 'partner', active: true });
    expect(saved.point).toMatchObject({ name: '新点', staff: [], active: true });
    expect((await fulfil(cloud, { action: 'assignPointStaff', pointId: saved.point.pointId, openid: 'ghost' })).error.code).toBe('NOT_FOUND');
    const staffed = await fl(cloud, { action: 'assignPointStaff', pointId: saved.point.pointId, openid: 'shopper-1' });
    expect(staffed.point.staff).toEqual([{ openid: 'shopper-1', nickname: expect.any(String) }]);
    expect((await fl(cloud, { action: 'myPoints' }, 'shopper-1')).items.map((p: { pointId: string }) => p.pointId)).toEqual([saved.point.pointId]);
    expect((await fulfil(cloud, { action: 'listPickupPoints' }, 'shopper-1')).error.code).toBe('FORBIDDEN');
  });
});
