/**
 * 共创计划 rules: a project's phases, who may contribute what and when, and how
 * a reward pool is split among contributors (by weight, largest remainder, in
 * integer fen, summing exactly to the pool). Pure.
 */
import type { Fen } from './money';

/** The timeline every project follows (需求征集 → 共创官招募 → 方案共创 → 内测 → 上市). */
export type ProjectPhase = 'ideas' | 'recruiting' | 'proposals' | 'trial' | 'launched';
export const PHASES: readonly ProjectPhase[] = ['ideas', 'recruiting', 'proposals', 'trial', 'launched'];
export const PHASE_LABELS: Record<ProjectPhase, string> = {
  ideas: '需求征集',
  recruiting: '共创官招募',
  proposals: '方案共创',
  trial: '内测',
  launched: '上市',
};

/** What a member may do, and the phase in which it is open. */
export type ContributionAction = 'idea' | 'upvote' | 'apply' | 'proposal' | 'comment' | 'trial_report';
const OPEN_IN: Record<ContributionAction, ProjectPhase[]> = {
  idea: ['ideas'],
  upvote: ['ideas'],
  apply: ['recruiting'],
  proposal: ['proposals'],
  comment: ['proposals', 'trial'],
  trial_report: ['trial'],
};

/** Why a contribution is refused now, or null: outside its phase, or before accepting the current rules. */
export function contributionRefusal(
  action: ContributionAction,
  phase: ProjectPhase | 'draft',
  acceptedVersion: number | null,
  rulesVersion: number,
): 'PHASE_CLOSED' | 'RULES_NOT_ACCEPTED' | null {
  if (phase === 'draft' || !OPEN_IN[action].includes(phase)) return 'PHASE_CLOSED';
  if (acceptedVersion !== rulesVersion) return 'RULES_NOT_ACCEPTED';
  return null;
}

export type ProposalKind = 'recipe' | 'packaging' | 'supplier' | 'copy';
export const PROPOSAL_LABELS: Record<ProposalKind, string> = { recipe: '配方', packaging: '包装', supplier: '供应商推荐', copy: '文案' };

/** Each recorded contribution, by kind; the reward plan weighs them. */
export type ContributionKind =
  | 'idea'
  | 'idea_adopted'
  | 'selected'
  | 'proposal'
  | 'proposal_adopted'
  | 'supplier_adopted'
  | 'trial_report';

export const DEFAULT_WEIGHTS: Record<ContributionKind, number> = {
  idea: 1,
  idea_adopted: 5,
  selected: 3,
  proposal: 2,
  proposal_adopted: 8,
  supplier_adopted: 6,
  trial_report: 3,
};

/** A sales threshold of the launched deal and what crossing it pays (cash pool in fen, and points). */
export interface RewardThreshold {
  metric: 'units' | 'gmv';
  /** Units, or GMV in fen, of effective sales. */
  atLeast: number;
  poolFen: Fen;
  points: number;
}

export interface RewardPlan {
  thresholds: RewardThreshold[];
  weights: Record<ContributionKind, number>;
}

/** Indexes of the thresholds reached by these effective sales. */
export function crossedThresholds(plan: RewardPlan, sales: { units: number; gmvFen: Fen }): number[] {
  return plan.thresholds.flatMap((t, i) => ((t.metric === 'units' ? sales.units : sales.gmvFen) >= t.atLeast ? [i] : []));
}

/** Each contributor's weight: the sum of the plan's weights over their recorded contributions. */
export function contributorWeights(contributions: { openid: string; kind: ContributionKind }[], weights: Record<ContributionKind, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of contributions) out.set(c.openid, (out.get(c.openid) ?? 0) + (weights[c.kind] ?? 0));
  for (const [openid, w] of out) if (w <= 0) out.delete(openid);
  return out;
}

/**
 * Splits `pool` (integer) by weight with the largest-remainder method: everyone
 * gets the floor of their exact share, then the units left over go one each to
 * the largest remainders (ties: by id, so the split is deterministic). The shares
 * always sum to the pool exactly; nobody without weight is paid.
 */
export function splitLargestRemainder(pool: number, weights: Map<string, number>): Map<string, number> {
  const entries = [...weights].filter(([, w]) => w > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const total = entries.reduce((n, [, w]) => n + w, 0);
  const shares = new Map<string, number>();
  if (!total || pool <= 0) return shares;
  const exact = entries.map(([id, w]) => ({ id, floor: Math.floor((pool * w) / total), rest: (pool * w) % total }));
  const left = pool - exact.reduce((n, e) => n + e.floor, 0);
  const byRest = [...exact].sort((a, b) => b.rest - a.rest || (a.id < b.id ? -1 : 1));
  const bonus = new Set(byRest.slice(0, left).map((e) => e.id));
  for (const e of exact) {
    const fen = e.floor + (bonus.has(e.id) ? 1 : 0);
    if (fen > 0) shares.set(e.id, fen);
  }
  return shares;
}

export interface TrialScores {
  taste: number;
  texture: number;
  packaging: number;
  value: number;
}
export const SCORE_KEYS: readonly (keyof TrialScores)[] = ['taste', 'texture', 'packaging', 'value'];

/** A trial round's averages per score (one decimal), and how many would buy, from its reports. */
export function trialAverages(reports: { scores: TrialScores; wouldBuy: boolean }[]): { averages: TrialScores; reports: number; wouldBuy: number } {
  const averages = { taste: 0, texture: 0, packaging: 0, value: 0 };
  for (const key of SCORE_KEYS) {
    const sum = reports.reduce((n, r) => n + r.scores[key], 0);
    averages[key] = reports.length ? Math.round((sum / reports.length) * 10) / 10 : 0;
  }
  return { averages, reports: reports.length, wouldBuy: reports.filter((r) => r.wouldBuy).length };
}

/**
 * A C2M pre-sale (先有订单，再有生产): orders are taken until `endsAt`; then it
 * succeeds if the paid quantity reached `minQuantity`, else every paid order is refunded.
 */
export function presaleOutcome(paidQuantity: number, minQuantity: number): 'succeeded' | 'failed' {
  return paidQuantity >= minQuantity ? 'succeeded' : 'failed';
}

/** Where a project shows in the list: open (ideas, recruiting; a draft, for the brand), in progress (proposals, trial), launched. */
export function projectGroup(phase: ProjectPhase | 'draft'): 'open' | 'in_progress' | 'launched' {
  if (phase === 'launched') return 'launched';
  return phase === 'proposals' || phase === 'trial' ? 'in_progress' : 'open';
}

/** Why the brand may not move a project from `from` to `to` by hand, or null: only forward, and 上市 comes with the launch. */
export function phaseChangeRefusal(from: ProjectPhase | 'draft', to: ProjectPhase): string | null {
  if (to === 'launched') return '上市请通过「关联商品上市」完成';
  const order: (ProjectPhase | 'draft')[] = ['draft', ...PHASES];
  if (order.indexOf(to) <= order.indexOf(from)) return `已处于「${from === 'draft' ? '草稿' : PHASE_LABELS[from]}」，阶段只能向前推进`;
  return null;
}

/**
 * What crossing a threshold pays each contributor: its cash pool and its points,
 * each split by weight with the largest remainder.
 */
export function thresholdShares(threshold: Pick<RewardThreshold, 'poolFen' | 'points'>, weights: Map<string, number>): Map<string, { cashFen: number; points: number }> {
  const cash = splitLargestRemainder(threshold.poolFen, weights);
  const points = splitLargestRemainder(threshold.points, weights);
  const out = new Map<string, { cashFen: number; points: number }>();
  for (const id of new Set([...cash.keys(), ...points.keys()])) out.set(id, { cashFen: cash.get(id) ?? 0, points: points.get(id) ?? 0 });
  return out;
}

/** The first threshold not yet crossed and what it would pay `openid` at today's weights, or null when all are crossed. */
export function nextReward(plan: RewardPlan, crossed: readonly number[], weights: Map<string, number>, openid: string): { index: number; threshold: RewardThreshold; cashFen: number; points: number } | null {
  const index = plan.thresholds.findIndex((_, i) => !crossed.includes(i));
  if (index < 0) return null;
  const threshold = plan.thresholds[index];
  const share = thresholdShares(threshold, weights).get(openid);
  return { index, threshold, cashFen: share?.cashFen ?? 0, points: share?.points ?? 0 };
}
