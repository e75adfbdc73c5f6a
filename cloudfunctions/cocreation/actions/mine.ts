import { z } from 'zod';
import type { MyProjectContributions } from '../../shared/api';
import { contributorWeights, nextReward } from '../../shared/domain/cocreation';
import type { ContributionDoc, ProjectDoc, RewardPayoutDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';
import { aggregateFew } from '../../shared/runtime/aggregate';

const ADOPTED = new Set(['idea_adopted', 'proposal_adopted', 'supplier_adopted', 'selected']);

/** 我的共创: per project, what the caller contributed, their weight, the rewards paid and what the next threshold would pay. */
export const myContributions = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ items: MyProjectContributions[] }> {
    const _ = db.command;
    const mine = (await db.collection('contributions').where({ openid }).orderBy('createdAt', 'asc').limit(1000).get()).data as ContributionDoc[];
    const projectIds = [...new Set(mine.map((c) => c.projectId))];
    if (!projectIds.length) return { items: [] };
    // The projects with their payouts and everyone's contributions, in one aggregate.
    type Row = ProjectDoc & { payouts: RewardPayoutDoc[]; everyone: ContributionDoc[] };
    const projects = await aggregateFew<Row>(
      db,
      'projects',
      (agg) =>
        agg
          .match({ _id: _.in(projectIds) })
          .lookup({ from: 'rewardPayouts', localField: '_id', foreignField: 'projectId', as: 'payouts' })
          .lookup({ from: 'contributions', localField: '_id', foreignField: 'projectId', as: 'everyone' }),
      projectIds.length,
    );
    const items = projects.map(({ payouts: paid, everyone, ...p }): MyProjectContributions => {
      const weights = contributorWeights(everyone, p.rewardPlan.weights);
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
    });
    return { items };
  },
});
