import type { ProjectRewardsView } from '../../shared/api';
import type { ProjectDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { payoutsOf, projectSales } from './rewards';
import { memberNicknames } from '../../shared/runtime/users';

const iso = (d: Date) => new Date(d).toISOString();

/** Admin: sales, thresholds (a paid one stays crossed after refunds) and every payout's shares by nickname. */
export async function projectRewardsView(db: Database, project: ProjectDoc): Promise<ProjectRewardsView> {
  const [sales, payouts] = await Promise.all([projectSales(db, project), payoutsOf(db, project._id)]);
  const names = await memberNicknames(db, payouts.flatMap((p) => p.shares.map((s) => s.openid)));
  return {
    projectId: project._id,
    sales: { units: sales?.units ?? 0, gmvFen: sales?.gmvFen ?? 0 },
    thresholds: project.rewardPlan.thresholds.map((t, i) => ({ ...t, crossed: !!sales?.crossed.includes(i) })),
    payouts: payouts.map((p) => ({
      threshold: p.threshold,
      crossedAt: iso(p.crossedAt),
      poolFen: p.poolFen,
      points: p.points,
      shares: p.shares.map((s) => ({ ...s, nickname: names.get(s.openid) ?? '共营伙伴' })),
    })),
  };
}
