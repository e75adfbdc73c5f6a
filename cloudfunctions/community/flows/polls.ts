import type { Database } from '../../shared/runtime/cloud';
import { aggregateAll } from '../../shared/runtime/aggregate';
import type { PollView, Tier } from '../../shared/api';
import { messageFor } from '../../shared/errors';
import { pollPhase, resultsVisible, voteRefusal, winningOption } from '../../shared/domain/poll';

export interface PollDoc {
  _id: string;
  title: string;
  description: string;
  options: { optionId: string; label: string; image: string }[];
  /** Atomic increments per option; recounted from the ballots when the poll closes. */
  counts: Record<string, number>;
  totalVoters: number;
  maxChoices: number;
  minTier: Tier;
  openAt: Date;
  closeAt: Date;
  status: 'open' | 'closed';
  dealId: string | null;
  adoptedDealId: string | null;
  createdAt: Date;
}

/** One ballot per member per poll: `_id = <pollId>_<openid>`. */
export interface BallotDoc {
  _id: string;
  pollId: string;
  openid: string;
  optionIds: string[];
  createdAt: Date;
  /** The voter's growth is still owed (granted by the outbox, see flows/outbox). */
  grantDue?: true;
}

export const ballotId = (pollId: string, openid: string) => `${pollId}_${openid}`;
/** The grant a vote earns its voter, once per poll. */
export const voteGrantKey = (pollId: string, openid: string) => `vote:${pollId}:${openid}`;

export function pollView(poll: PollDoc, tier: Tier, ballot: BallotDoc | null, now: Date): PollView {
  const rules = { ...poll, openAt: new Date(poll.openAt), closeAt: new Date(poll.closeAt), optionIds: poll.options.map((o) => o.optionId) };
  const phase = pollPhase(rules, now);
  const visible = resultsVisible(Boolean(ballot), phase);
  const refusal = ballot ? { message: messageFor('ALREADY_VOTED') } : voteRefusal(rules, tier, rules.optionIds.slice(0, 1), now);
  return {
    pollId: poll._id,
    title: poll.title,
    description: poll.description,
    options: poll.options.map((o) => ({ ...o, votes: visible ? poll.counts[o.optionId] ?? 0 : null })),
    multiple: poll.maxChoices > 1,
    maxChoices: poll.maxChoices,
    minTier: poll.minTier,
    openAt: rules.openAt.toISOString(),
    closeAt: rules.closeAt.toISOString(),
    phase,
    totalVoters: poll.totalVoters,
    myChoices: ballot?.optionIds ?? null,
    resultsVisible: visible,
    voteBlockedReason: refusal?.message ?? null,
    dealId: poll.dealId,
    adoptedDealId: poll.adoptedDealId,
    winnerOptionId: phase === 'closed' ? winningOption(rules.optionIds, poll.counts) : null,
  };
}

/** Exact counts from the ballots themselves (at close, or to heal an interrupted vote). */
export async function recount(db: Database, pollId: string): Promise<{ counts: Record<string, number>; totalVoters: number }> {
  const rows = await aggregateAll<{ _id: string; n: number }>(db, 'ballots', (agg) =>
    agg.match({ pollId }).unwind('$optionIds').group({ _id: '$optionIds', n: { $sum: 1 } }),
  );
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row._id] = row.n;
  const totalVoters = (await db.collection('ballots').where({ pollId }).count()).total ?? 0;
  return { counts, totalVoters };
}
