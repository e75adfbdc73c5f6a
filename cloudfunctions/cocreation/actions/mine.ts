import { z } from 'zod';
import type { MyProjectContributions } from '../../shared/api';
import { contributorWeights, nextReward } from '../../shared/domain/cocreation';
import type { ContributionDoc, ProjectDoc, RewardPayoutDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';

const ADOPTED = new Set(['idea_adopted', 'proposal_adopted', 'supplier_adopted', 'selected']);

/** 我的共创: per project, what the caller contributed, their weight, the rewards paid and what the next threshold would pay. */
export const myContributions = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ items: MyProjectContributions[] }> {
    const _ = db.command;
    const mine = (await db.collection('contributions').where({ openid }).orderBy('createdAt', 'asc').limit(1000).get()).data as ContributionDoc[];
    const projectIds = [...new Set(mine.map((c) => c.projectId))];
    if (!projectIds.length) return { items: [] };
    const [projects, payouts] = await Promise.all([
      db.collection('projects').where({ _id: _.in(projectIds) }).limit(projectIds.length).get().then((r) => r.data as ProjectDoc[]),
      db.collection('rewardPayouts').where({ projectId: _.in(projectIds) }).limit(1000).get().then((r) => r.data as RewardPayoutDoc[]),
    ]);
    const items = await Promise.all(
      projects.map(async (p): Promise<MyProjectContributions> => {
        const everyone = (await db.collection('contributions').where({ projectId: p._id }).limit(1000).get()).data as ContributionDoc[];
        const weights = contributorWeights(everyone, p.rewardPlan.weights);
        const paid = payouts.filter((x) => x.projectId === p._id);
        const rewards = paid.flatMap((x) =>
          x.shares.filter((s) => s.openid === openid).map((s) => ({ threshold: x.threshold, cashFen: s.cashFen, points: s.points, paidAt: new Date(x.paidAt ?? x.crossedAt).toISOString() })),
        );
        const next = nextReward(p.rewardPlan, paid.map((x) => x.threshold), weights, openid);
        return {
          projectId: p._id,
          title: p.title,
          phase: p.phase,
          contributions: mine.filter((c) => c.projectId === p._id).map((c) => ({ kind: c.kind, label: c.label, adopted: ADOPTED.has(c.kind), at: new Date(c.createdAt).toISOString() })),
          weight: weights.get(openid) ?? 0,
          totalWeight: [...weights.values()].reduce((n, w) => n + w, 0),
          rewards: rewards.sort((a, b) => a.threshold - b.threshold),
          next: next && { threshold: next.threshold, cashFen: next.cashFen, points: next.points },
        };
      }),
    );
    return { items };
  },
});
