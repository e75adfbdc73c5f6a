import fc from 'fast-check';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, gb, makeDeal, pay, runTimer } from '../helpers/groupbuy';
import { assertLedgerInvariants, adminCall } from '../helpers/distribution';
import { addContribution, launch, makeProject } from '../helpers/cocreation';
import type { ContributionKind, RewardPlan } from '../../cloudfunctions/shared/domain/cocreation';
import type { OrderDoc, RewardPayoutDoc } from '../../cloudfunctions/shared/model';
import type { LedgerEntry } from '../../cloudfunctions/shared/ledger';
import type { GrantDoc } from '../../cloudfunctions/shared/grants';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const KINDS: ContributionKind[] = ['idea', 'idea_adopted', 'selected', 'proposal', 'proposal_adopted', 'supplier_adopted', 'trial_report'];

type Step =
  | { kind: 'buy'; quantity: number }
  | { kind: 'burst'; quantities: number[]; withTimer: boolean }
  | { kind: 'refund'; pick: number }
  | { kind: 'tick'; twice: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('buy' as const), quantity: fc.integer({ min: 1, max: 3 }) }),
  // Payments at once (with the timer racing them) that cross a threshold together.
  fc.record({ kind: fc.constant('burst' as const), quantities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 5 }), withTimer: fc.boolean() }),
  fc.record({ kind: fc.constant('refund' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('tick' as const), twice: fc.boolean() }),
);

const scenario = fc.record({
  contributions: fc.array(fc.record({ who: fc.integer({ min: 0, max: 4 }), kind: fc.constantFrom(...KINDS) }), { minLength: 0, maxLength: 8 }),
  weights: fc.tuple(...KINDS.map(() => fc.integer({ min: 0, max: 9 }))),
  thresholds: fc.array(fc.record({ step: fc.integer({ min: 1, max: 6 }), poolFen: fc.integer({ min: 0, max: 500_000 }), points: fc.integer({ min: 0, max: 999 }) }), { minLength: 1, maxLength: 3 }),
  steps: fc.array(step, { minLength: 2, maxLength: 7 }),
});

let run = 0;

/** The reward entries and grants of one project, by threshold. */
async function paidOut(projectId: string) {
  const _ = cloud.db.command;
  const entries = (await cloud.db.collection('ledger').where({ type: 'cocreation_reward', ref: cloud.db.RegExp({ regexp: `^${projectId}:` }) }).limit(1000).get()).data as LedgerEntry[];
  const grants = (await cloud.db.collection('grants').where({ _id: _.gte(`cocreation:${projectId}:`).and(_.lt(`cocreation:${projectId};`)) }).limit(1000).get()).data as GrantDoc[];
  return { entries, grants };
}

async function effectiveUnits(dealId: string): Promise<number> {
  const orders = (await cloud.db.collection('orders').where({ dealId }).limit(1000).get()).data as OrderDoc[];
  return orders.filter((o) => o.status === 'effective' || o.status === 'completed').reduce((n, o) => n + o.quantity, 0);
}

/**
 * Random contributors and kinds, weights, pools and order streams on the launched
 * deal (single buys, bursts of payments at once racing the timer, refunds, timers
 * twice at once): each threshold is paid at most once, its shares sum exactly to
 * its pool, nobody without a recorded contribution is paid, every wallet equals its
 * entries, and a refund after a crossing takes nothing back.
 */
describe('contributor rewards of a launched project', () => {
  it('pays each crossed threshold once, exactly, to contributors only', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const r = run++;
        const weights = Object.fromEntries(KINDS.map((k, i) => [k, s.weights[i]])) as Record<ContributionKind, number>;
        let atLeast = 0;
        const plan: RewardPlan = { weights, thresholds: s.thresholds.map((t) => ({ metric: 'units', atLeast: (atLeast += t.step), poolFen: t.poolFen, points: t.points })) };
        const dealId = await makeDeal(cloud, { stockInitial: 1000, perUserLimit: 99 });
        const projectId = await makeProject(cloud, { rewardPlan: plan });
        const contributor = (i: number) => `rw${r}c${i}`;
        for (const c of s.contributions) await addContribution(cloud, { projectId, openid: contributor(c.who), kind: c.kind });
        expect((await launch(cloud, { projectId, dealId })).ok).toBe(true);
        const weightOf = new Map<string, number>();
        for (const c of s.contributions) weightOf.set(contributor(c.who), (weightOf.get(contributor(c.who)) ?? 0) + weights[c.kind]);
        const payable = [...weightOf].filter(([, w]) => w > 0).map(([id]) => id);

        let buyer = 0;
        const effective: string[] = [];
        let maxUnits = 0;
        const before = new Map<string, number>();
        const buy = async (quantity: number) => (await gb(cloud, `rw${r}b${buyer++}`, { action: 'buySolo', dealId, quantity })).orderId as string;
        for (const st of s.steps) {
          if (st.kind === 'buy') {
            const id = await buy(st.quantity);
            await pay(cloud, id);
            effective.push(id);
          } else if (st.kind === 'burst') {
            const ids = await Promise.all(st.quantities.map(buy));
            await Promise.all([...ids.map((id) => pay(cloud, id)), ...(st.withTimer ? [runTimer(cloud, 'cocreationTick')] : [])]);
            effective.push(...ids);
          } else if (st.kind === 'refund' && effective.length) {
            const [id] = effective.splice(st.pick % effective.length, 1);
            const paidBefore = (await paidOut(projectId)).entries.length;
            await adminCall(cloud, { action: 'refundOrder', orderId: id, reason: '售后退款' });
            await runTimer(cloud, 'cocreationTick');
            // A refund after a crossing takes nothing back.
            const after = await paidOut(projectId);
            expect(after.entries.length).toBeGreaterThanOrEqual(paidBefore);
          } else if (st.kind === 'tick') {
            await Promise.all(st.twice ? [runTimer(cloud, 'cocreationTick'), runTimer(cloud, 'cocreationTick')] : [runTimer(cloud, 'cocreationTick')]);
          }
          maxUnits = Math.max(maxUnits, await effectiveUnits(dealId));
          // Nothing paid is ever taken back: each reward entry stays as it was.
          for (const e of (await paidOut(projectId)).entries) {
            if (before.has(e._id)) expect(e.amountFen).toBe(before.get(e._id));
            before.set(e._id, e.amountFen);
          }
        }
        await Promise.all([runTimer(cloud, 'cocreationTick'), runTimer(cloud, 'cocreationTick')]);

        const units = await effectiveUnits(dealId);
        const payouts = (await cloud.db.collection('rewardPayouts').where({ projectId }).get()).data as RewardPayoutDoc[];
        const { entries, grants } = await paidOut(projectId);
        plan.thresholds.forEach((t, i) => {
          const payout = payouts.find((p) => p.threshold === i);
          // Crossed now → paid; paid → was reached at some point.
          if (units >= t.atLeast) expect(payout?.status).toBe('paid');
          if (payout) expect(maxUnits).toBeGreaterThanOrEqual(t.atLeast);
          const cash = entries.filter((e) => e.ref.startsWith(`${projectId}:${i}:`));
          const points = grants.filter((g) => g._id.startsWith(`cocreation:${projectId}:${i}:`));
          const expectedCash = payout && payable.length ? t.poolFen : 0;
          const expectedPoints = payout && payable.length ? t.points : 0;
          expect(cash.reduce((n, e) => n + e.amountFen, 0)).toBe(expectedCash);
          expect(points.reduce((n, g) => n + g.points, 0)).toBe(expectedPoints);
          // Once per contributor per threshold.
          expect(new Set(cash.map((e) => e.account)).size).toBe(cash.length);
          expect(new Set(points.map((g) => g.openid)).size).toBe(points.length);
          if (payout) expect(payout.shares.reduce((n, x) => n + x.cashFen, 0)).toBe(expectedCash);
        });
        expect(new Set(payouts.map((p) => p.threshold)).size).toBe(payouts.length);
        for (const e of entries) expect(payable).toContain(e.account);
        for (const g of grants) expect(payable).toContain(g.openid);
        for (const e of entries) expect(e.amountFen).toBeGreaterThan(0);
        for (const account of new Set([...weightOf.keys()])) await assertLedgerInvariants(cloud, account);

        if (process.env.RW_DEBUG) console.log(JSON.stringify({ units, maxUnits, payouts: payouts.length, entries: entries.length, grants: grants.length, payable: payable.length }));
        const view = await adminCall(cloud, { action: 'projectRewards', projectId });
        expect(view.payouts).toHaveLength(payouts.length);
        expect(view.thresholds.filter((t: { crossed: boolean }) => t.crossed).length).toBeGreaterThanOrEqual(payouts.length);
        const detail = await cloud.call('cocreation', { action: 'getProject', projectId }, contributor(0));
        expect(detail.data.project.sales).toMatchObject({ units, crossed: view.thresholds.flatMap((t: { crossed: boolean }, i: number) => (t.crossed ? [i] : [])) });
        await assertDealInvariants(cloud, dealId);
      }),
      { numRuns: 16, endOnFailure: true },
    );
  }, 90_000);

  it('finishes a payout that died halfway without paying any share twice', async () => {
    const plan: RewardPlan = { weights: { idea: 1, idea_adopted: 5, selected: 3, proposal: 2, proposal_adopted: 8, supplier_adopted: 6, trial_report: 3 }, thresholds: [{ metric: 'units', atLeast: 1, poolFen: 1001, points: 10 }] };
    const dealId = await makeDeal(cloud);
    const projectId = await makeProject(cloud, { rewardPlan: plan });
    await addContribution(cloud, { projectId, openid: 'resume-a', kind: 'idea_adopted' });
    await addContribution(cloud, { projectId, openid: 'resume-b', kind: 'trial_report' });
    expect((await launch(cloud, { projectId, dealId })).ok).toBe(true);
    await pay(cloud, (await gb(cloud, 'resume-buyer', { action: 'buySolo', dealId })).orderId);
    await runTimer(cloud, 'cocreationTick');
    // As if the run died after paying the shares, before marking the payout paid.
    await cloud.db.collection('rewardPayouts').doc(`${projectId}_0`).update({ status: 'paying', paidAt: null });
    await Promise.all([runTimer(cloud, 'cocreationTick'), runTimer(cloud, 'cocreationTick')]);
    const { entries, grants } = await paidOut(projectId);
    expect(entries.map((e) => [e.account, e.amountFen]).sort()).toEqual([['resume-a', 626], ['resume-b', 375]]);
    expect(grants.map((g) => [g.openid, g.points]).sort()).toEqual([['resume-a', 6], ['resume-b', 4]]);
    expect((await cloud.db.collection('rewardPayouts').doc(`${projectId}_0`).get()).data[0].status).toBe('paid');
    for (const account of ['resume-a', 'resume-b']) expect((await assertLedgerInvariants(cloud, account)).availableFen).toBe(account === 'resume-a' ? 626 : 375);
  });
});
