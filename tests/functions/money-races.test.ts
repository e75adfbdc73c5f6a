import fc from 'fast-check';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, checkout, gb, makeDeal, MINUTE, pay, readDeal, readGroup, readOrder, runTimer } from '../helpers/groupbuy';

/**
 * Races that a hostile review reproduced on money paths (issue 11): each test
 * runs the contested calls at once through the local cloud, many times, and
 * checks the invariants of the deal, its groups and its orders afterwards.
 */
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const refund = (orderId: string) => cloud.call('admin', { action: 'refundOrder', orderId, reason: '顾客申请退款' }, 'demo-admin');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** N shoppers each reserve and pay at once; the first delivery of every payment notice must apply. */
async function rushOneDeal(buyers: number, tag: string) {
  const dealId = await makeDeal(cloud, { stockInitial: buyers * 2, perUserLimit: 2, groupSize: 2 });
  const firstDeliveries = await Promise.all(
    Array.from({ length: buyers }, async (_, i) => {
      const res = await checkout(cloud, `${tag}-${i}`, { action: i % 2 ? 'startGroup' : 'buySolo', dealId });
      if (!res.ok) throw new Error(res.error.code);
      return pay(cloud, res.data.orderId);
    }),
  );
  return { dealId, failed: firstDeliveries.filter((r) => !r.ok).length };
}

describe('payment notices under a rush on one deal', () => {
  it.each([50, 200])('applies every first delivery with %i buyers reserving and paying at once', async (buyers) => {
    const { dealId, failed } = await rushOneDeal(buyers, `rush${buyers}`);
    expect(failed).toBe(0);
    const deal = await readDeal(cloud, dealId);
    expect(deal).toMatchObject({ stockSold: buyers, stockReserved: 0, stockLeft: buyers });
    await assertDealInvariants(cloud, dealId);
  }, 120_000);
});

describe('the expiry timer racing the last payment', () => {
  // A group of 2 whose time (10 min) ends while the joiner's 15-minute reservation is still valid.
  async function groupAtExpiry(tag: string, autoComplete = false) {
    const dealId = await makeDeal(cloud, { groupSize: 2, timeLimitMinutes: 10, autoComplete });
    const leader = await gb(cloud, `${tag}-leader`, { action: 'startGroup', dealId });
    await pay(cloud, leader.orderId);
    cloud.clock.advance(5 * MINUTE);
    const joiner = await gb(cloud, `${tag}-joiner`, { action: 'joinGroup', groupId: leader.groupId });
    cloud.clock.advance(5 * MINUTE + 1);
    return { dealId, groupId: leader.groupId as string, orders: [leader.orderId as string, joiner.orderId as string] };
  }

  it('never refunds a group that succeeded, nor ships one that failed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.boolean(), async (timerDelay, payDelay, twice) => {
        const { dealId, groupId, orders } = await groupAtExpiry(`exp${Math.random().toString(36).slice(2, 8)}`);
        const [, paid] = await Promise.all([
          sleep(timerDelay).then(() => Promise.all([runTimer(cloud, 'expireGroups'), twice ? runTimer(cloud, 'expireGroups') : null])),
          sleep(payDelay).then(() => pay(cloud, orders[1])),
        ]);
        expect(paid.ok).toBe(true); // a late payment is refunded, never refused
        const group = await readGroup(cloud, groupId);
        const statuses = await Promise.all(orders.map(async (id) => (await readOrder(cloud, id)).status));
        if (group.status === 'succeeded') expect(statuses).toEqual(['effective', 'effective']);
        else {
          expect(group.status).toBe('failed');
          for (const s of statuses) expect(['refunding', 'refunded']).toContain(s);
        }
        await assertDealInvariants(cloud, dealId);
      }),
      { numRuns: 25 },
    );
  }, 180_000);

  it('a 成团保障 group at expiry ships its paid members, never a refunded one', async () => {
    const { dealId, groupId, orders } = await groupAtExpiry('auto', true);
    await Promise.all([runTimer(cloud, 'expireGroups'), runTimer(cloud, 'expireGroups')]);
    expect(await readGroup(cloud, groupId)).toMatchObject({ status: 'succeeded', paidCount: 1 });
    expect((await readOrder(cloud, orders[0])).status).toBe('effective');
    expect((await readOrder(cloud, orders[1])).status).toBe('cancelled');
    await assertDealInvariants(cloud, dealId);
  });
});

describe('a refund inside a group that is still filling', () => {
  it("gives the leader's seat back in a 2-person group, which then succeeds only with 2 real buyers", async () => {
    const dealId = await makeDeal(cloud, { groupSize: 2 });
    const leader = await gb(cloud, 'fill2-leader', { action: 'startGroup', dealId });
    await pay(cloud, leader.orderId);
    expect((await refund(leader.orderId)).ok).toBe(true);
    expect(await readGroup(cloud, leader.groupId)).toMatchObject({ status: 'open', paidCount: 0, seatsTaken: 0, members: [] });
    // Nobody is left in it: the deal page does not offer it (its link still works).
    expect((await gb(cloud, 'fill2-b', { action: 'getDeal', dealId })).openGroups).toEqual([]);
    const b = await gb(cloud, 'fill2-b', { action: 'joinGroup', groupId: leader.groupId });
    await pay(cloud, b.orderId);
    await pay(cloud, leader.orderId); // a repeated notice of the refunded order never counts it again
    expect(await readGroup(cloud, leader.groupId)).toMatchObject({ status: 'open', paidCount: 1 });
    const c = await gb(cloud, 'fill2-c', { action: 'joinGroup', groupId: leader.groupId });
    await pay(cloud, c.orderId);
    expect(await readGroup(cloud, leader.groupId)).toMatchObject({ status: 'succeeded', paidCount: 2, paidOrderIds: [b.orderId, c.orderId] });
    expect((await readOrder(cloud, leader.orderId)).status).toBe('refunded');
    await assertDealInvariants(cloud, dealId);
  });

  it("gives a member's seat back in a 3-person group, which then succeeds only with 3 real buyers", async () => {
    const dealId = await makeDeal(cloud, { groupSize: 3 });
    const leader = await gb(cloud, 'fill3-leader', { action: 'startGroup', dealId });
    await pay(cloud, leader.orderId);
    const a = await gb(cloud, 'fill3-a', { action: 'joinGroup', groupId: leader.groupId });
    await pay(cloud, a.orderId);
    expect((await refund(a.orderId)).ok).toBe(true);
    expect(await readGroup(cloud, leader.groupId)).toMatchObject({ status: 'open', paidCount: 1, seatsTaken: 1 });
    const b = await gb(cloud, 'fill3-b', { action: 'joinGroup', groupId: leader.groupId });
    await pay(cloud, b.orderId);
    await pay(cloud, a.orderId);
    expect(await readGroup(cloud, leader.groupId)).toMatchObject({ status: 'open', paidCount: 2 });
    // The refunded shopper may come back for a new seat.
    const again = await gb(cloud, 'fill3-a', { action: 'joinGroup', groupId: leader.groupId });
    await pay(cloud, again.orderId);
    expect(await readGroup(cloud, leader.groupId)).toMatchObject({ status: 'succeeded', paidCount: 3 });
    expect((await readOrder(cloud, a.orderId)).status).toBe('refunded');
    expect((await readOrder(cloud, again.orderId)).status).toBe('effective');
    await assertDealInvariants(cloud, dealId);
  });

  it('a refund at the moment the last seat is paid: the group never succeeds counting the refunded order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 60 }), async (refundDelay, payDelay) => {
        const tag = `rl${Math.random().toString(36).slice(2, 8)}`;
        const dealId = await makeDeal(cloud, { groupSize: 3 });
        const leader = await gb(cloud, `${tag}-leader`, { action: 'startGroup', dealId });
        await pay(cloud, leader.orderId);
        const a = await gb(cloud, `${tag}-a`, { action: 'joinGroup', groupId: leader.groupId });
        await pay(cloud, a.orderId);
        const b = await gb(cloud, `${tag}-b`, { action: 'joinGroup', groupId: leader.groupId });
        let refundedAt = Infinity;
        let payStartedAt = 0;
        await Promise.all([
          sleep(refundDelay).then(async () => {
            await refund(a.orderId);
            refundedAt = performance.now();
          }),
          sleep(payDelay).then(() => {
            payStartedAt = performance.now();
            return pay(cloud, b.orderId);
          }),
        ]);
        const group = await readGroup(cloud, leader.groupId);
        if (refundedAt < payStartedAt) expect(group.status).toBe('open'); // the refund was done before the payment came
        if (group.status === 'succeeded') {
          // The last payment landed first: a real success; the refund is an after-sale one.
          expect(group.paidOrderIds.sort()).toEqual([leader.orderId, a.orderId, b.orderId].sort());
        } else {
          expect(group).toMatchObject({ status: 'open', paidCount: 2, seatsTaken: 2 });
          expect(group.paidOrderIds.sort()).toEqual([leader.orderId, b.orderId].sort());
        }
        expect(['refunding', 'refunded']).toContain((await readOrder(cloud, a.orderId)).status);
        await assertDealInvariants(cloud, dealId);
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});

describe('stock moves owed by a call that died half-way', () => {
  it('are finished once by the repair pass, never twice', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 10 });
    const bought = await gb(cloud, 'crashy', { action: 'buySolo', dealId, quantity: 2 });
    // A payment whose function died after marking the order paid, before the deal counted the sale:
    await cloud.db.collection('orders').doc(bought.orderId).update({ status: 'paid', transactionId: 'tx-crash', stockMoves: ['sell'] });
    cloud.clock.advance(3 * MINUTE);
    await Promise.all([runTimer(cloud, 'releaseReservations'), runTimer(cloud, 'releaseReservations')]);
    expect(await readDeal(cloud, dealId)).toMatchObject({ stockLeft: 8, stockReserved: 0, stockSold: 2 });
    expect((await readOrder(cloud, bought.orderId)).stockMoves).toEqual([]);
    // A crash after the deal counted the move but before the order's debt was cleared: the journal stops a second count.
    await cloud.db.collection('orders').doc(bought.orderId).update({ stockMoves: ['sell'] });
    cloud.clock.advance(3 * MINUTE);
    await runTimer(cloud, 'releaseReservations');
    expect(await readDeal(cloud, dealId)).toMatchObject({ stockLeft: 8, stockReserved: 0, stockSold: 2 });
    // Long after, with nothing owed, the journal is pruned.
    cloud.clock.advance(31 * MINUTE);
    await runTimer(cloud, 'releaseReservations');
    expect((await readDeal(cloud, dealId)).applied).toEqual([]);
    await assertDealInvariants(cloud, dealId);
  });
});
