/** Poll (投票) rules: who may vote, what a ballot may hold, when results show. Pure. */
import type { Tier } from './growth';

const TIER_RANK: Record<Tier, number> = { explorer: 0, officer: 1, cocreator: 2 };

export function tierAtLeast(tier: Tier, minimum: Tier): boolean {
  return TIER_RANK[tier] >= TIER_RANK[minimum];
}

export interface PollRules {
  status: 'open' | 'closed';
  openAt: Date;
  closeAt: Date;
  minTier: Tier;
  maxChoices: number;
  optionIds: string[];
}

export type PollPhase = 'upcoming' | 'open' | 'closed';

export function pollPhase(poll: Pick<PollRules, 'status' | 'openAt' | 'closeAt'>, now: Date): PollPhase {
  if (poll.status === 'closed' || now >= poll.closeAt) return 'closed';
  return now < poll.openAt ? 'upcoming' : 'open';
}

export type VoteRefusal = { code: 'POLL_CLOSED' | 'FORBIDDEN' | 'INVALID_ARGUMENT'; message: string };

/** Why this ballot may not be cast now; null when it may. */
export function voteRefusal(poll: PollRules, tier: Tier, optionIds: string[], now: Date): VoteRefusal | null {
  const phase = pollPhase(poll, now);
  if (phase === 'closed') return { code: 'POLL_CLOSED', message: '投票已结束' };
  if (phase === 'upcoming') return { code: 'POLL_CLOSED', message: '投票还没开始' };
  if (!tierAtLeast(tier, poll.minTier)) return { code: 'FORBIDDEN', message: '这个投票仅限体验官及以上参与' };
  const unique = new Set(optionIds);
  if (unique.size !== optionIds.length || optionIds.length === 0) return { code: 'INVALID_ARGUMENT', message: '请选择选项（不能重复）' };
  if (optionIds.length > poll.maxChoices) return { code: 'INVALID_ARGUMENT', message: `最多选择 ${poll.maxChoices} 项` };
  if (optionIds.some((id) => !poll.optionIds.includes(id))) return { code: 'INVALID_ARGUMENT', message: '选项不存在' };
  return null;
}

/** Results show to those who voted, and to everyone once the poll closed. */
export function resultsVisible(voted: boolean, phase: PollPhase): boolean {
  return voted || phase === 'closed';
}

/** The option with the most votes; a tie goes to the earlier option; none without votes. */
export function winningOption(optionIds: string[], counts: Record<string, number>): string | null {
  let best: string | null = null;
  for (const id of optionIds) if ((counts[id] ?? 0) > 0 && (best === null || counts[id] > counts[best])) best = id;
  return best;
}
