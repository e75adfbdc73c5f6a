import type { Fen } from '../../shared/domain/money';
import type { ContributionDoc, ProjectDoc, RewardPayoutDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { contributorWeights, crossedThresholds, splitLargestRemainder } from '../../shared/domain/cocreation';
import { aggregateAll } from '../../shared/runtime/aggregate';
import { insertOnce } from '../../shared/runtime/documents';
import { inTransaction } from '../../shared/runtime/transaction';
import { appendEntries } from '../../shared/ledger';
import { grant } from '../../shared/grants';
import { memberConfig } from '../../member/flows/config';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';

export interface Sales {
  units: number;
  gmvFen: Fen;
}

export const payoutId = (projectId: string, threshold: number) => `${projectId}_${threshold}`;
export const rewardRef = (projectId: string, threshold: number, openid: string) => `${projectId}:${threshold}:${openid}`;
export const rewardGrantKey = (projectId: string, threshold: number, openid: string) => `cocreation:${projectId}:${threshold}:${openid}`;

/** Effective sales of a deal: its orders that are effective or completed (units, and the goods' amount paid). */
export async function dealSales(db: Database, dealId: string): Promise<Sales> {
  const rows = await aggregateAll<{ units: number; gmvFen: Fen }>(db, 'orders', (agg) =>
    agg
      .match({ dealId, status: db.command.in(['effective', 'completed']) })
      .group({ _id: null, units: { $sum: '$quantity' }, gmvFen: { $sum: { $ifNull: ['$goodsFen', '$amountFen'] } } }),
  );
  return { units: rows[0]?.units ?? 0, gmvFen: rows[0]?.gmvFen ?? 0 };
}

/**
 * A launched project's sales and the thresholds crossed: those its sales reach
 * now, and those already paid out (a refund never uncrosses one). Null before launch.
 * This is `ProjectDetail.sales`.
 */
export async function projectSales(db: Database, project: ProjectDoc): Promise<(Sales & { crossed: number[] }) | null> {
  if (!project.launchedDealId) return null;
  const [sales, payouts] = await Promise.all([dealSales(db, project.launchedDealId), payoutsOf(db, project._id)]);
  const crossed = new Set([...crossedThresholds(project.rewardPlan, sales), ...payouts.map((p) => p.threshold)]);
  return { ...sales, crossed: [...crossed].sort((a, b) => a - b) };
}

export async function payoutsOf(db: Database, projectId: string): Promise<RewardPayoutDoc[]> {
  return (await db.collection('rewardPayouts').where({ projectId }).orderBy('threshold', 'asc').limit(100).get()).data as RewardPayoutDoc[];
}

async function contributionsOf(db: Database, projectId: string): Promise<ContributionDoc[]> {
  const _ = db.command;
  const out: ContributionDoc[] = [];
  for (let after = ''; ; ) {
    const page = (await db.collection('contributions').where({ projectId, _id: _.gt(after) }).orderBy('_id', 'asc').limit(1000).get()).data as ContributionDoc[];
    out.push(...page);
    if (page.length < 1000) return out;
    after = page[page.length - 1]._id;
  }
}

/**
 * Claims a crossed threshold's payout once: the payout document, keyed by project
 * and threshold, fixes the shares (by weight over the recorded contributions, split
 * by largest remainder) at the moment of crossing. Whoever loses the insert pays
 * from the document the winner wrote.
 */
async function claimThreshold(db: Database, project: ProjectDoc, threshold: number, now: Date): Promise<void> {
  const t = project.rewardPlan.thresholds[threshold];
  const weights = contributorWeights(await contributionsOf(db, project._id), project.rewardPlan.weights);
  const cash = splitLargestRemainder(t.poolFen, weights);
  const points = splitLargestRemainder(t.points, weights);
  const shares = [...weights.keys()]
    .sort()
    .map((openid) => ({ openid, weight: weights.get(openid) ?? 0, cashFen: cash.get(openid) ?? 0, points: points.get(openid) ?? 0 }))
    .filter((s) => s.cashFen > 0 || s.points > 0);
  const doc: RewardPayoutDoc = {
    _id: payoutId(project._id, threshold), projectId: project._id, threshold, poolFen: t.poolFen, points: t.points,
    status: 'paying', shares, crossedAt: now, paidAt: null,
  };
  await insertOnce(db, 'rewardPayouts', doc);
}

/**
 * Pays a claimed payout share by share: cash to the contributor's wallet through
 * the ledger (keyed by project, threshold and contributor), points through the
 * grants ledger (same key); then marks it paid. Every step is idempotent, so a run
 * that died halfway, or two at once, pay each share once.
 */
async function payPayout(db: Database, payout: RewardPayoutDoc, title: string, now: Date): Promise<void> {
  const config = await memberConfig(db);
  const { projectId, threshold } = payout;
  for (const share of payout.shares) {
    if (share.cashFen > 0) {
      const entry = { account: share.openid, type: 'cocreation_reward' as const, amountFen: share.cashFen, ref: rewardRef(projectId, threshold, share.openid), createdAt: now };
      await inTransaction(db, (tx) => appendEntries(tx, [entry], now));
    }
    if (share.points > 0) {
      await grant(db, share.openid, rewardGrantKey(projectId, threshold, share.openid), { growth: 0, points: share.points }, `共创奖励：${title}`, config, now);
    }
  }
  await db.collection('rewardPayouts').where({ _id: payout._id, status: 'paying' }).update({ status: 'paid', paidAt: now });
}

/** A launched project: claims every threshold its sales crossed and pays every payout not yet paid. Answers the thresholds newly paid. */
export async function payProjectRewards(db: Database, project: ProjectDoc, now: Date): Promise<number> {
  const sales = await projectSales(db, project);
  if (!sales) return 0;
  const claimed = new Set((await payoutsOf(db, project._id)).map((p) => p.threshold));
  for (const i of sales.crossed) if (!claimed.has(i)) await claimThreshold(db, project, i, now);
  let paid = 0;
  for (const payout of await payoutsOf(db, project._id)) {
    if (payout.status !== 'paying') continue;
    await payPayout(db, payout, project.title, now);
    paid += 1;
  }
  return paid;
}

/** The timer's part: every launched project's thresholds. Idempotent; safe twice at once. */
export async function payDueRewards(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<{ projects: number; payouts: number; more: number }> {
  const _ = db.command;
  let projects = 0;
  let payouts = 0;
  for (let after = ''; ; ) {
    const page = (await db.collection('projects').where({ phase: 'launched', _id: _.gt(after) }).orderBy('_id', 'asc').limit(100).get()).data as ProjectDoc[];
    for (const project of page) {
      if (budget.exhausted()) return { projects, payouts, more: 1 }; // the next run goes over the projects again
      payouts += await payProjectRewards(db, project, now);
      projects++;
    }
    if (page.length < 100) return { projects, payouts, more: 0 };
    after = page[page.length - 1]._id;
  }
}
