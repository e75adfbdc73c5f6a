import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, checkout, gb, makeDeal, MINUTE, pay, readDeal, readGroup, readOrder, runTimer } from '../helpers/groupbuy';
import { takeSeat } from '../../cloudfunctions/groupbuy/flows/seats';
import { holdStock } from '../../cloudfunctions/groupbuy/flows/stock-holds';
import { sandboxControl } from '../../cloudfunctions/shared/providers/payment';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { outbox } from '../../cloudfunctions/shared/providers/notifier';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());
beforeEach(() => sandboxControl.reset());

async function openGroup(dealId: string, leader: string) {
  const started = await gb(cloud, leader, { action: 'startGroup', dealId });
  expect(started.payment).toMatchObject({ provider: 'sandbox', orderId: started.orderId, amountFen: 2990 });
  expect((await pay(cloud, started.orderId)).data?.status).toBe('paid');
  return started as { groupId: string; orderId: string };
}

describe('a group buy from start to success', () => {
  it('start → pay → join → pay → join → pay: the group succeeds and every order becomes effective', async () => {
    const dealId = await makeDeal(cloud);
    const started = await gb(cloud, 'leader-a', { action: 'startGroup', dealId });

    // Until the leader pays, the group is invisible to everyone else.
    expect(await cloud.call('groupbuy', { action: 'getGroup', groupId: started.groupId }, 'friend-b')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await gb(cloud, 'friend-b', { action: 'getDeal', dealId })).openGroups).toHaveLength(0);
    expect((await gb(cloud, 'leader-a', { action: 'getGroup', groupId: started.groupId })).group.status).toBe('pending');

    await pay(cloud, started.orderId);
    const open = (await gb(cloud, 'friend-b', { action: 'getGroup', groupId: started.groupId })).group;
    expect(open).toMatchObject({ status: 'open', size: 3, seatsTaken: 1, paidCount: 1, seatsLeft: 2, joinBlockedReason: null });
    expect(Date.parse(open.expiresAt) - Date.parse(open.openedAt)).toBe(1440 * MINUTE);
    expect(open.members).toEqual([{ nickname: expect.any(String), avatar: expect.any(String), isLeader: true, paid: true }]);

    const b = await gb(cloud, 'friend-b', { action: 'joinGroup', groupId: started.groupId });
    const reserved = (await gb(cloud, 'friend-c', { action: 'getGroup', groupId: started.groupId })).group;
    expect(reserved.members.map((m: { paid: boolean }) => m.paid)).toEqual([true, false]);
    await pay(cloud, b.orderId);
    const c = await gb(cloud, 'friend-c', { action: 'joinGroup', groupId: started.groupId });
    await pay(cloud, c.orderId);

    const done = (await gb(cloud, 'leader-a', { action: 'getGroup', groupId: started.groupId })).group;
    expect(done).toMatchObject({ status: 'succeeded', paidCount: 3, seatsLeft: 0 });
    for (const [who, orderId] of [['leader-a', started.orderId], ['friend-b', b.orderId], ['friend-c', c.orderId]]) {
      expect((await gb(cloud, who, { action: 'getOrder', orderId })).order).toMatchObject({
        status: 'effective',
        groupStatus: 'succeeded',
        nextStep: expect.stringMatching(/发货|到货/),
      });
    }
    expect((await gb(cloud, 'friend-d', { action: 'getGroup', groupId: started.groupId })).group.joinBlockedReason).toBeTruthy();
    // Every member hears of it once (a subscription message in WeChat; the outbox locally).
    const notices = outbox.sent.filter((n) => n.page.endsWith(started.groupId));
    expect(notices.map((n) => [n.openid, n.kind]).sort()).toEqual(
      [['friend-b', 'group_succeeded'], ['friend-c', 'group_succeeded'], ['leader-a', 'group_succeeded']],
    );
    await assertDealInvariants(cloud, dealId);
  });

  it('lists my orders newest first with what happens next', async () => {
    const dealId = await makeDeal(cloud);
    const first = await gb(cloud, 'lister', { action: 'startGroup', dealId });
    await pay(cloud, first.orderId);
    const second = await gb(cloud, 'lister', { action: 'buySolo', dealId, quantity: 2 });
    const { items } = await gb(cloud, 'lister', { action: 'myOrders' });
    expect(items.map((o: { orderId: string }) => o.orderId)).toEqual([second.orderId, first.orderId]);
    expect(items[0]).toMatchObject({ kind: 'solo', quantity: 2, unitPriceFen: 3990, amountFen: 7980, status: 'pending_payment' });
    expect(items[0].nextStep).toMatch(/请在 \d\d:\d\d 前完成支付/);
    expect(items[1]).toMatchObject({ status: 'paid', groupStatus: 'open', nextStep: expect.stringContaining('还差 2 人') });
    expect((await gb(cloud, 'someone-else', { action: 'myOrders' })).items).toEqual([]);
  });
});

describe('when time runs out', () => {
  it('a group that did not fill fails and each paid member is refunded exactly once', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 4 });
    const { groupId, orderId: leaderOrder } = await openGroup(dealId, 'exp-a');
    const b = await gb(cloud, 'exp-b', { action: 'joinGroup', groupId });
    await pay(cloud, b.orderId);
    const unpaid = await gb(cloud, 'exp-c', { action: 'joinGroup', groupId });

    cloud.clock.advance(1441 * MINUTE);
    await Promise.all([runTimer(cloud, 'expireGroups'), runTimer(cloud, 'expireGroups')]);

    expect((await readGroup(cloud, groupId)).status).toBe('failed');
    expect((await readOrder(cloud, leaderOrder)).status).toBe('refunded');
    expect((await readOrder(cloud, b.orderId)).status).toBe('refunded');
    expect((await readOrder(cloud, unpaid.orderId)).status).toBe('cancelled');
    expect(outbox.sent.filter((n) => n.page.endsWith(groupId)).map((n) => n.kind)).toEqual(['group_failed', 'group_failed']);
    const issued = sandboxControl.refundsIssued.filter((r) => [leaderOrder, b.orderId].includes(r.outTradeNo));
    expect(issued.map((r) => r.outTradeNo).sort()).toEqual([leaderOrder, b.orderId].sort());
    expect(issued.every((r) => r.refundFen === 2990)).toBe(true);
    await runTimer(cloud, 'expireGroups');
    await runTimer(cloud, 'retryRefunds');
    expect(sandboxControl.refundsIssued.filter((r) => [leaderOrder, b.orderId].includes(r.outTradeNo))).toHaveLength(2);
    await assertDealInvariants(cloud, dealId);
  });

  it('with 成团保障 (autoComplete) the group succeeds as it is and unpaid seats are released', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 5, autoComplete: true });
    const { groupId, orderId } = await openGroup(dealId, 'auto-a');
    const unpaid = await gb(cloud, 'auto-b', { action: 'joinGroup', groupId });
    cloud.clock.advance(1441 * MINUTE);
    await runTimer(cloud, 'expireGroups');
    expect(await readGroup(cloud, groupId)).toMatchObject({ status: 'succeeded', paidCount: 1, seatsTaken: 1 });
    expect((await readOrder(cloud, orderId)).status).toBe('effective');
    expect((await readOrder(cloud, unpaid.orderId)).status).toBe('cancelled');
    expect(sandboxControl.refundsIssued).toHaveLength(0);
    await assertDealInvariants(cloud, dealId);
  });

  it('an unpaid reservation is released after 15 minutes and its seat can be taken again', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 2 });
    const { groupId } = await openGroup(dealId, 'rel-a');
    const late = await gb(cloud, 'rel-b', { action: 'joinGroup', groupId });
    expect(await checkout(cloud, 'rel-c', { action: 'joinGroup', groupId })).toMatchObject({ ok: false, error: { code: 'GROUP_FULL' } });

    cloud.clock.advance(14 * MINUTE);
    await runTimer(cloud, 'releaseReservations');
    expect((await readOrder(cloud, late.orderId)).status).toBe('pending_payment');
    cloud.clock.advance(2 * MINUTE);
    expect((await runTimer(cloud, 'releaseReservations')).data.orders).toBeGreaterThanOrEqual(1);
    expect((await readOrder(cloud, late.orderId)).status).toBe('cancelled');
    expect((await readGroup(cloud, groupId)).seatsTaken).toBe(1);

    const c = await gb(cloud, 'rel-c', { action: 'joinGroup', groupId });
    await pay(cloud, c.orderId);
    expect((await readGroup(cloud, groupId)).status).toBe('succeeded');

    // The first joiner's money arrives after all: refunded automatically, never stuck.
    const latePay = await pay(cloud, late.orderId);
    expect(latePay.ok).toBe(true);
    expect(await readOrder(cloud, late.orderId)).toMatchObject({ status: 'refunded', transactionId: expect.any(String) });
    expect(sandboxControl.refundsIssued.map((r) => r.outTradeNo)).toEqual([late.orderId]);
    await assertDealInvariants(cloud, dealId);
  });
});

describe('a reservation whose function died half-way', () => {
  it('is undone by the release timer: its stock hold and its seat come back', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 3, stockInitial: 10 });
    const { groupId } = await openGroup(dealId, 'crash-a');
    // What a joinGroup leaves behind if it dies after its seat and stock hold, before its order.
    const at = now();
    await takeSeat(cloud.db, groupId, 3, { openid: 'crash-b', nickname: 'b', avatar: '', orderId: 'ghost-order', joinedAt: at, reservedUntil: new Date(at.getTime() + 15 * MINUTE) }, at);
    expect(await holdStock(cloud.db, { _id: dealId }, 'ghost-order', 2, at)).toEqual({ shard: 0 });
    expect(await readDeal(cloud, dealId)).toMatchObject({ stockLeft: 7, stockReserved: 2 });

    await runTimer(cloud, 'releaseReservations');
    expect((await readGroup(cloud, groupId)).seatsTaken).toBe(2);
    cloud.clock.advance(16 * MINUTE);
    const swept = await runTimer(cloud, 'releaseReservations');
    expect(swept.data).toMatchObject({ seats: 1, holds: 1 });
    expect(await readGroup(cloud, groupId)).toMatchObject({ seatsTaken: 1, heldOrderIds: [] });
    expect(await readDeal(cloud, dealId)).toMatchObject({ stockLeft: 9, stockReserved: 0, holds: [] });
    await assertDealInvariants(cloud, dealId);
  });
});

describe('orders', () => {
  it('an unpaid order can be cancelled by its owner only, giving its seat and stock back', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 10 });
    const { groupId } = await openGroup(dealId, 'can-a');
    const b = await gb(cloud, 'can-b', { action: 'joinGroup', groupId, quantity: 2 });
    expect(await cloud.call('groupbuy', { action: 'cancelOrder', orderId: b.orderId }, 'can-a')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const res = await gb(cloud, 'can-b', { action: 'cancelOrder', orderId: b.orderId });
    expect(res.order).toMatchObject({ status: 'cancelled' });
    expect((await readGroup(cloud, groupId)).seatsTaken).toBe(1);
    expect(await cloud.call('groupbuy', { action: 'cancelOrder', orderId: b.orderId }, 'can-b')).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE' },
    });
    expect(await cloud.call('groupbuy', { action: 'payOrder', orderId: b.orderId }, 'can-b')).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE' },
    });
    await assertDealInvariants(cloud, dealId);
  });

  it('refuses what a shopper may not do, with a clear code and nothing written', async () => {
    const dealId = await makeDeal(cloud, { perUserLimit: 2, stockInitial: 3 });
    const { groupId } = await openGroup(dealId, 'ref-a');
    const refuse = async (openid: string, data: Record<string, unknown>, code: string) =>
      expect(await checkout(cloud, openid, data)).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
    await refuse('ref-a', { action: 'joinGroup', groupId }, 'ALREADY_JOINED');
    await refuse('ref-b', { action: 'joinGroup', groupId, quantity: 3 }, 'LIMIT_EXCEEDED');
    await refuse('ref-b', { action: 'startGroup', dealId, quantity: 0 }, 'INVALID_ARGUMENT');
    await refuse('ref-b', { action: 'startGroup', dealId, quantity: 1.5 }, 'INVALID_ARGUMENT');
    await refuse('ref-b', { action: 'joinGroup', groupId: 'f'.repeat(32) }, 'NOT_FOUND');
    await gb(cloud, 'ref-a', { action: 'buySolo', dealId });
    await refuse('ref-a', { action: 'buySolo', dealId }, 'LIMIT_EXCEEDED');
    await gb(cloud, 'ref-c', { action: 'buySolo', dealId });
    await refuse('ref-d', { action: 'buySolo', dealId }, 'SOLD_OUT');
    const upcoming = await makeDeal(cloud, { startAt: new Date(now().getTime() + 2 * 86_400_000) });
    await refuse('ref-b', { action: 'startGroup', dealId: upcoming }, 'DEAL_NOT_ACTIVE');
    const groupOnly = await makeDeal(cloud, { soloPriceFen: null });
    await refuse('ref-b', { action: 'buySolo', dealId: groupOnly }, 'INVALID_ARGUMENT');
    await assertDealInvariants(cloud, dealId);
  });
});
