import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { gb, makeDeal, pay, runTimer } from '../helpers/groupbuy';
import { adminCall, assertLedgerInvariants, dist, makeDistributor } from '../helpers/distribution';
import { receiveOrders } from '../helpers/fulfilment';

const DAY = 86_400_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

/** A 2-person group filled by `a` and `b`, both orders effective and then collected (completed: the after-sale window starts). */
async function filledGroup(dealId: string, a: string, b: string, code?: string) {
  const started = await gb(cloud, a, { action: 'startGroup', dealId, ...(code ? { code } : {}) });
  await pay(cloud, started.orderId);
  const joined = await gb(cloud, b, { action: 'joinGroup', groupId: started.groupId, ...(code ? { code } : {}) });
  await pay(cloud, joined.orderId);
  await receiveOrders(cloud, [started.orderId, joined.orderId]);
  return { a: started.orderId as string, b: joined.orderId as string };
}

describe('binding a shopper to a distributor', () => {
  it('binds on the first card opened and keeps the first binding while it is valid', async () => {
    const first = await makeDistributor(cloud, 'bind-leader-1');
    const second = await makeDistributor(cloud, 'bind-leader-2');
    expect(await dist(cloud, 'bind-shopper', { action: 'bind', code: first })).toMatchObject({ bound: true, distributor: { nickname: expect.any(String) } });
    expect(await dist(cloud, 'bind-shopper', { action: 'bind', code: second })).toEqual({ bound: false, distributor: null });
    const customers = await dist(cloud, 'bind-leader-1', { action: 'customers' });
    expect(customers.items).toHaveLength(1);

    cloud.clock.advance(31 * DAY);
    expect(await dist(cloud, 'bind-shopper', { action: 'bind', code: second })).toMatchObject({ bound: true });
    expect((await dist(cloud, 'bind-leader-1', { action: 'customers' })).items).toHaveLength(0);
    expect((await dist(cloud, 'bind-leader-2', { action: 'customers' })).items[0]).toMatchObject({ active: true });
  });

  it('refuses self-binding, loops, suspended distributors and unknown codes', async () => {
    const a = await makeDistributor(cloud, 'loop-a');
    const b = await makeDistributor(cloud, 'loop-b');
    expect((await dist(cloud, 'loop-a', { action: 'bind', code: a })).bound).toBe(false);
    expect((await dist(cloud, 'loop-a', { action: 'bind', code: b })).bound).toBe(true);
    expect((await dist(cloud, 'loop-b', { action: 'bind', code: a })).bound).toBe(false);
    await adminCall(cloud, { action: 'setDistributorStatus', openid: 'loop-b', status: 'suspended' });
    expect((await dist(cloud, 'loop-c', { action: 'bind', code: b })).bound).toBe(false);
    expect(await cloud.call('distribution', { action: 'myCode' }, 'loop-b')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await dist(cloud, 'loop-c', { action: 'bind', code: 'ZZZZZZZZ' })).bound).toBe(false);
    expect(await cloud.call('distribution', { action: 'bind', code: 'a b' }, 'loop-c')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('binds concurrently opened cards to one distributor only', async () => {
    const codes = await Promise.all(['race-1', 'race-2', 'race-3'].map((id) => makeDistributor(cloud, id)));
    const results = await Promise.all(codes.map((code) => dist(cloud, 'race-shopper', { action: 'bind', code })));
    expect(results.filter((r) => r.bound)).toHaveLength(1);
  });
});

describe('commission', () => {
  it('pays 15% of what was paid, rounded down, on bound shoppers’ effective orders only', async () => {
    const code = await makeDistributor(cloud, 'earner');
    const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: 2999, commissionBps: 1500 });
    await dist(cloud, 'buyer-1', { action: 'bind', code });
    const orders = await filledGroup(dealId, 'buyer-1', 'unbound-2');
    const own = await filledGroup(dealId, 'earner', 'buyer-1');
    const list = await dist(cloud, 'earner', { action: 'commissions' });
    expect(list.items.map((c: { orderId: string; amountFen: number; status: string }) => [c.orderId, c.amountFen, c.status]).sort()).toEqual(
      [[orders.a, 449, 'pending'], [own.b, 449, 'pending']].sort(),
    );
    const summary = await dist(cloud, 'earner', { action: 'summary' });
    expect(summary).toMatchObject({ code, pendingFen: 898, availableFen: 0, withdrawnFen: 0, orders: 2, customers: 1, minWithdrawFen: 100, maxWithdrawalsPerDay: 7 });
    expect(Date.parse(summary.unfreezing[0].unfreezeAt)).toBeGreaterThan(Date.now());
  });

  it('captures the distributor at order time: a binding made after the order earns nothing on it', async () => {
    const code = await makeDistributor(cloud, 'late-earner');
    const dealId = await makeDeal(cloud, { groupSize: 2 });
    const started = await gb(cloud, 'late-buyer', { action: 'startGroup', dealId });
    await dist(cloud, 'late-buyer', { action: 'bind', code });
    await pay(cloud, started.orderId);
    const joined = await gb(cloud, 'late-friend', { action: 'joinGroup', groupId: started.groupId });
    await pay(cloud, joined.orderId);
    expect((await dist(cloud, 'late-earner', { action: 'commissions' })).items).toEqual([]);
  });

  it('settles after the after-sale window, once even when settlement runs twice at once', async () => {
    const code = await makeDistributor(cloud, 'settler');
    const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: 10000 });
    await dist(cloud, 'settle-buyer', { action: 'bind', code });
    await filledGroup(dealId, 'settle-buyer', 'settle-friend');
    cloud.clock.advance(6 * DAY);
    await runTimer(cloud, 'settleCommissions');
    expect(await dist(cloud, 'settler', { action: 'summary' })).toMatchObject({ pendingFen: 1500, availableFen: 0 });
    cloud.clock.advance(1 * DAY + 60_000);
    await Promise.all([runTimer(cloud, 'settleCommissions'), runTimer(cloud, 'settleCommissions')]);
    expect(await dist(cloud, 'settler', { action: 'summary' })).toMatchObject({ pendingFen: 0, availableFen: 1500 });
    expect((await assertLedgerInvariants(cloud, 'settler')).availableFen).toBe(1500);
  });

  it('a refund before settlement cancels the commission; after settlement it writes a reversal', async () => {
    const code = await makeDistributor(cloud, 'refunded-earner');
    const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: 10000 });
    await dist(cloud, 'rf-buyer', { action: 'bind', code });
    const early = await filledGroup(dealId, 'rf-buyer', 'rf-friend');
    await adminCall(cloud, { action: 'refundOrder', orderId: early.a, reason: '商品破损' });
    expect((await dist(cloud, 'refunded-earner', { action: 'commissions' })).items[0]).toMatchObject({ status: 'cancelled' });

    const later = await filledGroup(dealId, 'rf-buyer', 'rf-friend-2');
    cloud.clock.advance(8 * DAY);
    await runTimer(cloud, 'settleCommissions');
    expect(await dist(cloud, 'refunded-earner', { action: 'summary' })).toMatchObject({ availableFen: 1500 });
    await adminCall(cloud, { action: 'refundOrder', orderId: later.a, reason: '七天无理由' });
    const after = await dist(cloud, 'refunded-earner', { action: 'summary' });
    expect(after).toMatchObject({ availableFen: 0, pendingFen: 0 });
    const statuses = (await dist(cloud, 'refunded-earner', { action: 'commissions' })).items.map((c: { status: string }) => c.status).sort();
    expect(statuses).toEqual(['cancelled', 'reversed']);
    await assertLedgerInvariants(cloud, 'refunded-earner');
  });
});

describe('withdrawals', () => {
  async function earn(openid: string, amountFen: number) {
    const code = await makeDistributor(cloud, openid);
    const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: amountFen * 10, commissionBps: 1000 });
    await dist(cloud, `${openid}-buyer`, { action: 'bind', code });
    await filledGroup(dealId, `${openid}-buyer`, `${openid}-friend`);
    cloud.clock.advance(8 * DAY);
    await runTimer(cloud, 'settleCommissions');
    expect((await dist(cloud, openid, { action: 'summary' })).availableFen).toBe(amountFen);
  }

  it('refuses less than 1 yuan, more than available, and an eighth request in a day', async () => {
    await earn('w-limits', 2000);
    const refuse = async (amountFen: number, code: string) =>
      expect(await cloud.call('distribution', { action: 'withdraw', amountFen }, 'w-limits')).toMatchObject({ ok: false, error: { code } });
    await refuse(99, 'INVALID_ARGUMENT');
    await refuse(2001, 'INSUFFICIENT_BALANCE');
    await refuse(12.5, 'INVALID_ARGUMENT');
    for (let i = 0; i < 7; i++) await dist(cloud, 'w-limits', { action: 'withdraw', amountFen: 100 });
    await refuse(100, 'LIMIT_EXCEEDED');
    expect((await dist(cloud, 'w-limits', { action: 'summary' })).availableFen).toBe(1300);
    await assertLedgerInvariants(cloud, 'w-limits');
  });

  it('never spends the same balance twice: ten withdrawals at once against a balance for three → three', async () => {
    await earn('w-race', 300);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => cloud.call('distribution', { action: 'withdraw', amountFen: 100 }, 'w-race')),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(Array(7).fill('INSUFFICIENT_BALANCE'));
    expect((await assertLedgerInvariants(cloud, 'w-race')).availableFen).toBe(0);
  });

  it('approved: transferred and counted as withdrawn; rejected: the amount comes back', async () => {
    await earn('w-review', 1000);
    const paid = await dist(cloud, 'w-review', { action: 'withdraw', amountFen: 600 });
    const refused = await dist(cloud, 'w-review', { action: 'withdraw', amountFen: 400 });
    expect(await dist(cloud, 'w-review', { action: 'summary' })).toMatchObject({ availableFen: 0 });
    const approved = await adminCall(cloud, { action: 'reviewWithdrawal', withdrawalId: paid.withdrawalId, approve: true });
    expect(approved.withdrawal).toMatchObject({ status: 'succeeded', nickname: expect.any(String) });
    await adminCall(cloud, { action: 'reviewWithdrawal', withdrawalId: refused.withdrawalId, approve: false, note: '信息不全' });
    expect(await dist(cloud, 'w-review', { action: 'summary' })).toMatchObject({ availableFen: 400, withdrawnFen: 600 });
    expect(await cloud.call('admin', { action: 'reviewWithdrawal', withdrawalId: refused.withdrawalId, approve: true }, 'demo-admin')).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE' },
    });
    const mine = await dist(cloud, 'w-review', { action: 'withdrawals' });
    expect(mine.items.map((w: { status: string }) => w.status).sort()).toEqual(['rejected', 'succeeded']);
    await assertLedgerInvariants(cloud, 'w-review');
  });
});
