import type { Database } from '../../shared/runtime/cloud';
import type { MemberConfig } from '../../shared/domain/growth';
import { Budget, UNBOUNDED } from '../../shared/runtime/budget';
import { docsByIds, updatedCount } from '../../shared/runtime/documents';
import { JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';
import { grant } from '../../shared/grants';
import { memberConfig } from '../../member/flows/config';
import { grantPostReward, RewardDue } from './rewards';
import { settleOwed } from './comment-count';
import type { CommentDoc } from './comments';
import type { PostDoc } from './posts';
import { BallotDoc, PollDoc, voteGrantKey } from './polls';

/**
 * 社区's part of the outbox (run by the drainOutbox job every minute): what a member's
 * call owes others and need not wait for, recorded in the same write as the change
 * that owes it, finished here once.
 *  - a post's author's rewards (发布, 获赞): `rewardsDue` on the post, set by the
 *    insert that published it or the like's count move; granted (once per key,
 *    capped per day) and pulled;
 *  - a voter's growth: `grantDue` on the ballot, granted once (the vote's key) and cleared;
 *  - a comment's count debt that no call cleared (the call died, or left a paid one
 *    for later): settled (applyOnce is once per key) and cleared;
 *  - posts' count journals, pruned once no comment of the post still owes a move.
 */
const BATCH = 50;
/** A drain's claim on a post's rewards older than this belongs to a drain that died (jobs time out within 60 s). */
const CLAIM_MS = 2 * 60_000;
/** A debt older than this is left by a call that ended (calls finish in seconds). */
export const DEBT_SETTLED_AFTER_MS = 60_000;

/** The fields that owe a post's author `due`, for the same update that earned it. */
export function owePostRewards(db: Database, dues: RewardDue[]): Record<string, unknown> {
  const _ = db.command;
  return { rewardDue: true, rewardsDue: dues.length === 1 ? _.addToSet(dues[0]) : _.addToSet({ each: dues }) };
}

export interface CommunityRun {
  postRewardsGranted: number;
  voteGrants: number;
  commentDebtsSettled: number;
  postJournalsPruned: number;
  communityMore: number;
}

export async function drainCommunity(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<CommunityRun> {
  const config = await memberConfig(db);
  let full = 0;
  // A step that found a whole batch may have left more for the next run.
  const step = (run: () => Promise<{ done: number; found: number }>) =>
    budget.exhausted()
      ? Promise.resolve(0)
      : run().then(({ done, found }) => {
          if (found >= BATCH) full = 1;
          return done;
        });
  const run = {
    postRewardsGranted: await step(() => grantPostRewards(db, config, now, budget)),
    voteGrants: await step(() => grantVotes(db, config, now, budget)),
    commentDebtsSettled: await step(() => settleCommentDebts(db, now, budget)),
    postJournalsPruned: await step(() => prunePostJournals(db, now, budget)),
  };
  return { ...run, communityMore: budget.exhausted() ? 1 : full };
}

interface Step {
  done: number;
  found: number;
}

async function grantPostRewards(db: Database, config: MemberConfig, now: Date, budget: Budget): Promise<Step> {
  const _ = db.command;
  const posts = (await db.collection('posts').where({ rewardDue: true }).limit(BATCH).get()).data as PostDoc[];
  let granted = 0;
  for (const post of posts) {
    if (budget.exhausted()) break;
    // One drain at a time per post (two would take two of the day's slots for one reward); a dead drain's claim expires.
    const claim = post.rewardClaimAt ?? null;
    if (claim && now.getTime() - new Date(claim).getTime() < CLAIM_MS) continue;
    if (!updatedCount(await db.collection('posts').where({ _id: post._id, rewardClaimAt: claim }).update({ rewardClaimAt: now }))) continue;
    const dues = post.rewardsDue ?? [];
    // A post taken down (or deleted) before its rewards were granted earns nothing more.
    if (post.status === 'published') for (const due of dues) if (await grantPostReward(db, post, due, config, now)) granted++;
    const done = { rewardClaimAt: _.remove(), ...(dues.length ? { rewardsDue: _.pull({ key: _.in(dues.map((d) => d.key)) }) } : {}) };
    await db.collection('posts').doc(post._id).update(done);
    // Cleared only when no like owed another reward meanwhile (then the next run takes it).
    await db.collection('posts').where({ _id: post._id, rewardsDue: _.size(0) }).update({ rewardDue: _.remove() });
  }
  return { done: granted, found: posts.length };
}

async function grantVotes(db: Database, config: MemberConfig, now: Date, budget: Budget): Promise<Step> {
  const _ = db.command;
  const ballots = (await db.collection('ballots').where({ grantDue: true }).limit(BATCH).get()).data as BallotDoc[];
  const polls = await docsByIds<PollDoc>(db, 'polls', ballots.map((b) => b.pollId));
  let granted = 0;
  for (const b of ballots) {
    if (budget.exhausted()) break;
    const title = polls.get(b.pollId)?.title ?? '';
    if (await grant(db, b.openid, voteGrantKey(b.pollId, b.openid), config.vote, `参与投票：${title}`, config, now)) granted++;
    await db.collection('ballots').doc(b._id).update({ grantDue: _.remove() });
  }
  return { done: granted, found: ballots.length };
}

async function settleCommentDebts(db: Database, now: Date, budget: Budget): Promise<Step> {
  const _ = db.command;
  const before = new Date(now.getTime() - DEBT_SETTLED_AFTER_MS);
  const owing = (await db.collection('comments').where({ 'owed.key': _.gt(''), updatedAt: _.lte(before) }).limit(BATCH).get()).data as CommentDoc[];
  let settled = 0;
  for (const c of owing) {
    if (budget.exhausted()) break;
    await settleOwed(db, c, now);
    settled++;
  }
  return { done: settled, found: owing.length };
}

/** A post's journal keeps a key while a comment still owes (or may repeat) its move. */
async function prunePostJournals(db: Database, now: Date, budget: Budget): Promise<Step> {
  const _ = db.command;
  const cutoff = new Date(now.getTime() - JOURNAL_MS);
  const posts = (await db.collection('posts').where({ 'applied.at': _.lte(cutoff) }).field({ _id: true }).limit(BATCH).get()).data as Pick<PostDoc, '_id'>[];
  let pruned = 0;
  for (const { _id } of posts) {
    if (budget.exhausted()) break;
    const owes = await db.collection('comments').where({ postId: _id, 'owed.key': _.gt(''), updatedAt: _.lte(cutoff) }).limit(1).get();
    if (!owes.data.length) pruned += await pruneJournal(db, 'posts', _id, cutoff);
  }
  return { done: pruned, found: posts.length };
}
