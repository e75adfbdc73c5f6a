import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, checkout, gb, makeDeal, pay, readDeal, readGroup, readOrder } from '../helpers/groupbuy';
import { sandboxControl } from '../../cloudfunctions/shared/providers/payment';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

async function openGroup(dealId: string, leader: string) {
  const started = await gb(cloud, leader, { action: 'startGroup', dealId });
  await pay(cloud, started.orderId);
  return started as { groupId: string; orderId: string };
}

describe('seats and stock under many calls at once', () => {
  it('never seats more members than the group size: 100 joins of a 5-seat group → 4 seats, 96 × GROUP_FULL', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 5, stockInitial: 500 });
    const { groupId } = await openGroup(dealId, 'burst-leader');
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => checkout(cloud, `burst-${i}`, { action: 'joinGroup', groupId })),
    );
    const joined = results.filter((r) => r.ok);
    const full = results.filter((r) => !r.ok && r.error.code === 'GROUP_FULL');
    expect(joined).toHaveLength(4);
    expect(full).toHaveLength(96);
    const group = await readGroup(cloud, groupId);
    expect(group.seatsTaken).toBe(5);
    expect(group.members).toHaveLength(5);
    const deal = await readDeal(cloud, dealId);
    expect(deal).toMatchObject({ stockReserved: 4, stockSold: 1, stockLeft: 495 });
    await Promise.all(joined.map((r) => pay(cloud, r.data.orderId)));
    expect((await readGroup(cloud, groupId)).status).toBe('succeeded');
    await assertDealInvariants(cloud, dealId);
  });

  it('gives one user one seat when they tap 参团 several times at once', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 5 });
    const { groupId } = await openGroup(dealId, 'twice-leader');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => checkout(cloud, 'double-tapper', { action: 'joinGroup', groupId })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => r.error.code === 'ALREADY_JOINED')).toBe(true);
    expect((await readGroup(cloud, groupId)).seatsTaken).toBe(2);
    await assertDealInvariants(cloud, dealId);
  });

  it('never sells more than the stock: 40 shoppers start groups of a deal with 7 left', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 7 });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => checkout(cloud, `stock-${i}`, { action: 'startGroup', dealId })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    expect(results.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(Array(33).fill('SOLD_OUT'));
    expect(await readDeal(cloud, dealId)).toMatchObject({ stockLeft: 0, stockReserved: 7 });
    await assertDealInvariants(cloud, dealId);
  });

  it('keeps the per-user limit across the deal when one user buys from many tabs at once', async () => {
    const dealId = await makeDeal(cloud, { perUserLimit: 3 });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => checkout(cloud, 'greedy', { action: 'buySolo', dealId })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).every((r) => r.error.code === 'LIMIT_EXCEEDED')).toBe(true);
    await assertDealInvariants(cloud, dealId);
  });
});

describe('the payment notification', () => {
  it('changes the order once when delivered 10 times at once', async () => {
    const dealId = await makeDeal(cloud);
    const started = await gb(cloud, 'notify-a', { action: 'startGroup', dealId });
    const results = await Promise.all(Array.from({ length: 10 }, () => pay(cloud, started.orderId)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await readOrder(cloud, started.orderId)).toMatchObject({ status: 'paid' });
    expect(await readGroup(cloud, started.groupId)).toMatchObject({ status: 'open', paidCount: 1, paidOrderIds: [started.orderId] });
    expect(await readDeal(cloud, dealId)).toMatchObject({ stockSold: 1, stockReserved: 0 });
    await assertDealInvariants(cloud, dealId);
  });

  it('the last seat paid by two notifications at once succeeds the group once', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 2 });
    const { groupId } = await openGroup(dealId, 'last-a');
    const b = await gb(cloud, 'last-b', { action: 'joinGroup', groupId });
    await Promise.all([pay(cloud, b.orderId), pay(cloud, b.orderId), pay(cloud, b.orderId)]);
    expect(await readGroup(cloud, groupId)).toMatchObject({ status: 'succeeded', paidCount: 2 });
    expect((await readOrder(cloud, b.orderId)).status).toBe('effective');
    await assertDealInvariants(cloud, dealId);
  });
});

describe('refunds', () => {
  it('a refund that fails is retried by the timer and never issued twice', async () => {
    // Let the groups of the tests above expire first, so the forced failures hit this refund.
    cloud.clock.advance(1441 * 60_000);
    await cloud.post('/dev/run/expireGroups', {});
    sandboxControl.reset();
    const dealId = await makeDeal(cloud, { groupSize: 3 });
    const { groupId, orderId } = await openGroup(dealId, 'rf-a');
    sandboxControl.failNextRefunds(2);
    cloud.clock.advance(1441 * 60_000);
    await cloud.post('/dev/run/expireGroups', {});
    expect((await readGroup(cloud, groupId)).status).toBe('failed');
    expect((await readOrder(cloud, orderId)).status).toBe('refunding');
    const refund = (await cloud.db.collection('refunds').where({ orderId }).get()).data;
    expect(refund).toHaveLength(1);
    expect(refund[0]).toMatchObject({ status: 'failed', attempts: 1 });

    // Not due yet: the timer leaves it alone.
    await cloud.post('/dev/run/retryRefunds', {});
    expect(sandboxControl.refundsIssued).toHaveLength(0);
    // Due: two runs at once make one attempt, which fails again (the second forced failure).
    cloud.clock.advance(2 * 60_000);
    await Promise.all([cloud.post('/dev/run/retryRefunds', {}), cloud.post('/dev/run/retryRefunds', {})]);
    expect((await cloud.db.collection('refunds').doc(refund[0]._id).get()).data[0]).toMatchObject({ status: 'failed', attempts: 2 });
    cloud.clock.advance(5 * 60_000);
    await Promise.all([cloud.post('/dev/run/retryRefunds', {}), cloud.post('/dev/run/retryRefunds', {})]);
    expect((await readOrder(cloud, orderId)).status).toBe('refunded');
    cloud.clock.advance(60 * 60_000);
    await cloud.post('/dev/run/retryRefunds', {});
    expect(sandboxControl.refundsIssued.map((r) => r.outTradeNo)).toEqual([orderId]);
    await assertDealInvariants(cloud, dealId);
  });
});
