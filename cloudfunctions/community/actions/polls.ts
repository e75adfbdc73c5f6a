import { z } from 'zod';
import type { PollView } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { aggregateFew, joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { voteRefusal } from '../../shared/domain/poll';
import { ballotId, BallotDoc, PollDoc, pollView } from '../flows/polls';
import { finalizeIfDue } from '../flows/finalize';

/** Polls read for the list: open, upcoming within a week, and closed ones, newest first. */
const POLLS_LISTED = 50;
const WEEK_MS = 7 * 86_400_000;

/**
 * Open and closed polls, newest first, each with the caller's own ballot: one round trip
 * (the polls joined to the caller's ballots by id and to their profile for the tier), plus
 * the close of a poll found past its time (once).
 */
export const listPolls = action({
  input: z.object({}),
  async handler(_input, { db, now, openid }): Promise<{ items: PollView[] }> {
    const _ = db.command;
    type Row = PollDoc & { ballotId: string; mine: BallotDoc[]; me: Pick<UserDoc, 'tier'>[] };
    const rows = await aggregateFew<Row>(
      db,
      'polls',
      (agg) =>
        agg
          .match({ openAt: _.lte(new Date(now.getTime() + WEEK_MS)) })
          .sort({ openAt: -1 })
          .limit(POLLS_LISTED)
          .addFields({ ballotId: { $concat: ['$_id', `_${openid}`] } })
          .lookup({ from: 'ballots', localField: 'ballotId', foreignField: '_id', as: 'mine' })
          .lookup({ from: 'users', pipeline: [{ $match: { _id: openid } }, { $project: { tier: 1 } }], as: 'me' }),
      POLLS_LISTED,
    );
    // Someone without a profile yet is an 探索者.
    const tier = rows[0]?.me[0]?.tier ?? 'explorer';
    const items = await Promise.all(
      rows.map(async ({ ballotId: _ballot, mine, me: _me, ...stored }) => pollView(await finalizeIfDue(db, stored, now), tier, mine[0] ?? null, now)),
    );
    return { items };
  },
});

export const getPoll = action({
  input: z.object({ pollId: idSchema }),
  async handler({ pollId }, { db, now, openid, user }): Promise<{ poll: PollView }> {
    const found = await getDoc<PollDoc>(db, 'polls', pollId);
    if (!found) throw new AppError('NOT_FOUND');
    const [me, poll, ballot] = await Promise.all([user(), finalizeIfDue(db, found, now), getDoc<BallotDoc>(db, 'ballots', ballotId(pollId, openid))]);
    return { poll: pollView(poll, me.tier, ballot, now) };
  },
});

/**
 * 投票: one ballot per member per poll, even under a burst of taps (the ballot's
 * id is the lock); counts are one atomic increment, which answers the poll as it now
 * is; the voter's growth is owed on the ballot and granted once by the outbox. Three
 * round trips: the poll joined to the caller's profile and ballot, the ballot, the count.
 */
export const vote = action({
  input: z.object({ pollId: idSchema, optionIds: z.array(z.string().min(1).max(16)).min(1).max(10) }),
  async handler({ pollId, optionIds }, { db, now, openid }): Promise<{ poll: PollView; counts: Record<string, number> }> {
    const _ = db.command;
    const id = ballotId(pollId, openid);
    const row = await readJoined(db, 'polls', pollId, [lookupById('users', openid, 'me'), lookupById('ballots', id, 'mine')]);
    if (!row) throw new AppError('NOT_FOUND');
    const { me: _me, mine: _mine, ...stored } = row;
    const poll = stored as unknown as PollDoc;
    // Someone without a profile yet is an 探索者.
    const tier = joinedOne<UserDoc>(row, 'me')?.tier ?? 'explorer';
    const rules = { ...poll, openAt: new Date(poll.openAt), closeAt: new Date(poll.closeAt), optionIds: poll.options.map((o) => o.optionId) };
    const refusal = voteRefusal(rules, tier, optionIds, now);
    if (refusal) throw new AppError(refusal.code, refusal.message);
    if (joinedOne<BallotDoc>(row, 'mine')) throw new AppError('ALREADY_VOTED');
    const ballot: BallotDoc = { _id: id, pollId, openid, optionIds, createdAt: now, grantDue: true };
    if (!(await insertOnce(db, 'ballots', ballot))) throw new AppError('ALREADY_VOTED');
    const increments = Object.fromEntries(optionIds.map((o) => [`counts.${o}`, _.inc(1)]));
    const res = await db.collection('polls').where({ _id: pollId }).updateAndReturn({ ...increments, totalVoters: _.inc(1) });
    const updated = ((res as { doc?: PollDoc | null }).doc ?? counted(poll, optionIds)) as PollDoc;
    return { poll: pollView(updated, tier, ballot, now), counts: updated.counts };
  },
});

/** The poll with one more ballot for `optionIds` (when the increment could not answer it). */
function counted(poll: PollDoc, optionIds: string[]): PollDoc {
  const counts = { ...poll.counts };
  for (const o of optionIds) counts[o] = (counts[o] ?? 0) + 1;
  return { ...poll, counts, totalVoters: poll.totalVoters + 1 };
}
