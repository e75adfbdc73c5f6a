import { z } from 'zod';
import type { PollView } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { aggregateFew } from '../../shared/runtime/aggregate';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { voteRefusal } from '../../shared/domain/poll';
import { grant } from '../../shared/grants';
import { memberConfig } from '../../member/flows/config';
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
 * id is the lock); counts are atomic increments; the voter earns growth once.
 */
export const vote = action({
  input: z.object({ pollId: idSchema, optionIds: z.array(z.string().min(1).max(16)).min(1).max(10) }),
  async handler({ pollId, optionIds }, { db, now, openid, user }): Promise<{ poll: PollView; counts: Record<string, number> }> {
    const _ = db.command;
    const poll = await getDoc<PollDoc>(db, 'polls', pollId);
    if (!poll) throw new AppError('NOT_FOUND');
    const me: UserDoc = await user();
    const rules = { ...poll, openAt: new Date(poll.openAt), closeAt: new Date(poll.closeAt), optionIds: poll.options.map((o) => o.optionId) };
    const refusal = voteRefusal(rules, me.tier, optionIds, now);
    if (refusal) throw new AppError(refusal.code, refusal.message);
    const ballot: BallotDoc = { _id: ballotId(pollId, openid), pollId, openid, optionIds, createdAt: now };
    const cast = await insertOnce(db, 'ballots', ballot);
    if (!cast) throw new AppError('ALREADY_VOTED');
    const increments = Object.fromEntries(optionIds.map((id) => [`counts.${id}`, _.inc(1)]));
    await db.collection('polls').doc(pollId).update({ ...increments, totalVoters: _.inc(1) });
    const config = await memberConfig(db);
    await grant(db, openid, `vote:${pollId}:${openid}`, config.vote, `参与投票：${poll.title}`, config, now);
    const updated = (await getDoc<PollDoc>(db, 'polls', pollId))!;
    return { poll: pollView(updated, me.tier, ballot, now), counts: updated.counts };
  },
});
