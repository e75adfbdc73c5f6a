import fc from 'fast-check';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, checkout, gb, makeDeal, pay, runTimer } from '../helpers/groupbuy';
import { assertLedgerInvariants, dist, makeDistributor, reconcile } from '../helpers/distribution';
import { payoutSandbox } from '../../cloudfunctions/shared/providers/payout';
import { grant } from '../../cloudfunctions/shared/grants';
import { DEFAULT_MEMBER_CONFIG } from '../../cloudfunctions/shared/domain/growth';
import { now } from '../../cloudfunctions/shared/runtime/clock';

const DAY = 86_400_000;
let cloud: TestCloud;
let dealId: string;
let rewardId: string;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  rewardId = (await cloud.call('admin', { action: 'saveReward', title: '减5元', kind: 'coupon', pointsCost: 1, amountFen: 500, minSpendFen: 0, dealId: null, total: 100_000, perMember: 99, validDays: 30, active: true }, 'demo-admin')).data.reward.rewardId;
  dealId = await makeDeal(cloud, { groupPriceFen: 1990, soloPriceFen: 2990, commissionBps: 1500, stockInitial: 100_000, perUserLimit: 99, endAt: new Date(Date.now() + 3650 * DAY) });
});
afterAll(() => cloud.stop());

type Step =
  | { kind: 'order'; bound: boolean; quantity: number; coupon: boolean }
  | { kind: 'refund'; pick: number }
  | { kind: 'settle'; days: number }
  | { kind: 'withdraw'; amountFen: number }
  | { kind: 'review'; pick: number; approve: boolean; failTransfer: boolean }
  | { kind: 'group'; bound: boolean }
  | { kind: 'join'; pick: number; bound: boolean }
  | { kind: 'race'; pick: number; refundPick: number; minutes: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('order' as const), bound: fc.boolean(), quantity: fc.integer({ min: 1, max: 3 }), coupon: fc.boolean() }),
  fc.record({ kind: fc.constant('refund' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('settle' as const), days: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('withdraw' as const), amountFen: fc.integer({ min: 50, max: 2000 }) }),
  fc.record({ kind: fc.constant('review' as const), pick: fc.nat(), approve: fc.boolean(), failTransfer: fc.boolean() }),
  fc.record({ kind: fc.constant('group' as const), bound: fc.boolean() }),
  fc.record({ kind: fc.constant('join' as const), pick: fc.nat(), bound: fc.boolean() }),
  // At once: a pending member pays, the expiry timer runs, and the brand refunds an order.
  fc.record({ kind: fc.constant('race' as const), pick: fc.nat(), refundPick: fc.nat(), minutes: fc.integer({ min: 0, max: 1500 }) }),
);

let run = 0;

/**
 * Random sequences of orders (bound or not, solo or in groups), payments,
 * refunds, group expiries (some racing a last payment and a refund), settlements,
 * withdrawals, approvals (some transfers failing) and rejections: after every
 * step the cached balance equals the sum of entries, every order has at most one
 * commission, a withdrawal never takes the balance below zero, and money is conserved.
 */
describe('the commission ledger and the stock under random operations', () => {
  it('keeps its invariants', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 18 }), async (steps) => {
        run++;
        const leader = `prop-leader-${run}`;
        const code = await makeDistributor(cloud, leader);
        const orders: string[] = [];
        const withdrawals: string[] = [];
        const groups: string[] = [];
        const unpaid: string[] = [];
        let buyers = 0;
        const newBuyer = async (bound: boolean) => {
          const buyer = `prop-${run}-buyer-${buyers++}`;
          if (bound) await dist(cloud, buyer, { action: 'bind', code });
          return buyer;
        };
        for (const s of steps) {
          if (s.kind === 'group') {
            const started = await gb(cloud, await newBuyer(s.bound), { action: 'startGroup', dealId });
            await pay(cloud, started.orderId);
            groups.push(started.groupId);
            orders.push(started.orderId);
          } else if (s.kind === 'join' && groups.length) {
            const res = await checkout(cloud, await newBuyer(s.bound), { action: 'joinGroup', groupId: groups[s.pick % groups.length] });
            if (res.ok) {
              unpaid.push(res.data.orderId);
              orders.push(res.data.orderId);
            }
          } else if (s.kind === 'race') {
            cloud.clock.advance(s.minutes * 60_000);
            const paying = unpaid.length ? unpaid.splice(s.pick % unpaid.length, 1)[0] : null;
            const refunding = orders.length ? orders[s.refundPick % orders.length] : null;
            await Promise.all([
              paying ? pay(cloud, paying) : null,
              runTimer(cloud, 'expireGroups'),
              refunding ? cloud.call('admin', { action: 'refundOrder', orderId: refunding, reason: '售后退款' }, 'demo-admin') : null,
            ]);
          } else if (s.kind === 'order') {
            const buyer = await newBuyer(s.bound);
            const couponId = s.coupon ? await redeemCoupon(buyer) : undefined;
            const bought = await gb(cloud, buyer, { action: 'buySolo', dealId, quantity: s.quantity, ...(couponId ? { couponId } : {}) });
            await pay(cloud, bought.orderId);
            orders.push(bought.orderId);
          } else if (s.kind === 'refund' && orders.length) {
            await cloud.call('admin', { action: 'refundOrder', orderId: orders[s.pick % orders.length], reason: '售后退款' }, 'demo-admin');
          } else if (s.kind === 'settle') {
            cloud.clock.advance(s.days * DAY);
            await runTimer(cloud, 'settleCommissions');
          } else if (s.kind === 'withdraw') {
            const before = (await dist(cloud, leader, { action: 'summary' })).availableFen;
            const res = await cloud.call('distribution', { action: 'withdraw', amountFen: s.amountFen }, leader);
            if (res.ok) withdrawals.push(res.data.withdrawalId);
            if (s.amountFen < 100 || s.amountFen > before) expect(res.ok).toBe(false);
            else expect(res.ok || res.error.code === 'LIMIT_EXCEEDED').toBe(true);
            // A withdrawal never takes the balance below zero (only a reversal may).
            if (res.ok) expect((await dist(cloud, leader, { action: 'summary' })).availableFen).toBeGreaterThanOrEqual(0);
          } else if (s.kind === 'review' && withdrawals.length) {
            const withdrawalId = withdrawals[s.pick % withdrawals.length];
            if (s.failTransfer) payoutSandbox.failNext(1, '收款账户异常');
            await cloud.call('admin', { action: 'reviewWithdrawal', withdrawalId, approve: s.approve }, 'demo-admin');
            payoutSandbox.failNext(0);
          }
          await assertConserved(leader, orders);
          await assertDealInvariants(cloud, dealId);
          await assertCouponInvariants(orders);
        }
        // The daily reconciliation agrees: every wallet of every run equals its entries and payouts.
        expect(await reconcile(cloud)).toMatchObject({ differences: 0 });
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});

async function assertConserved(leader: string, orders: string[]): Promise<void> {
  const { availableFen } = await assertLedgerInvariants(cloud, leader);
  const commissions = (await cloud.db.collection('commissions').where({ distributorOpenid: leader }).limit(1000).get()).data;
  for (const c of commissions) expect(orders).toContain(c.orderId);
  const earned = commissions.filter((c: { status: string }) => c.status === 'settled').reduce((n: number, c: { amountFen: number }) => n + c.amountFen, 0);
  const wallet = (await cloud.db.collection('wallets').doc(leader).get()).data[0] ?? { withdrawnFen: 0 };
  const open = (await cloud.db.collection('withdrawals').where({ openid: leader }).limit(1000).get()).data
    .filter((w: { status: string }) => ['pending_review', 'approved', 'awaiting_confirmation'].includes(w.status))
    .reduce((n: number, w: { amountFen: number }) => n + w.amountFen, 0);
  // Every settled fen is available, paid out, or on its way out; reversed ones left with their reversal.
  expect(availableFen + wallet.withdrawnFen + open).toBe(earned);
}

let couponOrdersSeen = 0;
afterAll(() => expect(couponOrdersSeen).toBeGreaterThan(0)); // the coupon invariants were exercised

/** A buyer's ¥5 coupon, bought with a point through the real redemption. */
async function redeemCoupon(buyer: string): Promise<string> {
  await grant(cloud.db, buyer, `prop-gift:${buyer}`, { growth: 0, points: 1 }, '测试积分', DEFAULT_MEMBER_CONFIG, now());
  const res = await cloud.call('member', { action: 'redeemReward', rewardId }, buyer);
  if (!res.ok) throw new Error(res.error.code);
  await cloud.call('member', { action: 'myCoupons', status: 'active' }, buyer); // as the checkout sheet lists them (writing the coupon owed)
  return res.data.coupon.couponId;
}

/**
 * Coupons follow their orders: a coupon is locked only by an unpaid order, used only by a paid
 * one (or a refunded one once it had expired), active with no order otherwise; an order paid with
 * one paid goods − discount + fee, and its commission was computed on goods − discount.
 */
async function assertCouponInvariants(orderIds: string[]): Promise<void> {
  const _ = cloud.db.command;
  const orders = (await cloud.db.collection('orders').where({ _id: _.in(orderIds) }).limit(1000).get()).data.filter((o: { couponId?: string | null }) => o.couponId);
  couponOrdersSeen += orders.length;
  for (const o of orders) {
    expect(o.amountFen).toBe(o.goodsFen - o.discountFen + o.shippingFeeFen);
    const c = (await cloud.db.collection('coupons').doc(o.couponId).get()).data[0];
    const paid = ['paid', 'effective', 'completed'].includes(o.status);
    if (o.status === 'pending_payment') expect(c).toMatchObject({ status: 'locked', orderId: o._id });
    else if (paid) expect(c).toMatchObject({ status: 'used', orderId: o._id });
    else if (c.status === 'used') expect([c.orderId, new Date(c.expiresAt) <= now()]).toEqual([o._id, true]);
    else expect(c.orderId === o._id).toBe(false);
    const commission = (await cloud.db.collection('commissions').doc(o._id).get()).data[0];
    if (commission) expect(commission.paidFen).toBe(o.goodsFen - o.discountFen);
  }
}
