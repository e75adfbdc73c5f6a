import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { LikeDoc, likeId, PostDoc } from './posts';
import { likeRewardDue, likeRewardKey } from './rewards';
import { owePostRewards } from './outbox';

/**
 * Sets a member's like on a post (`want`), or flips the state the call found (`want`
 * undefined). The like's id is the lock: of many adds (or removes) of it at once one
 * succeeds and the others find the state reached, and each success moves the post's
 * count by exactly one atomic increment (which answers the count), so the count equals
 * the likes stored however many taps arrive at once. The author's reward for a like (once per liker and post,
 * capped a day) is owed in that same increment and granted by the outbox.
 *
 * Three round trips: the post joined to the caller's like and the like's grant, the
 * like's insert or removal, the count's move (or the count read, when a rival got there first).
 */
export async function setLike(db: Database, postId: string, openid: string, want: boolean | undefined, now: Date): Promise<{ liked: boolean; likes: number }> {
  const id = likeId(postId, openid);
  const rewardKey = likeRewardKey(postId, openid);
  const row = await readJoined(db, 'posts', postId, [lookupById('likes', id, 'like'), lookupById('grants', rewardKey, 'rewarded')]);
  const post = row as unknown as PostDoc | null;
  if (!post || post.status !== 'published') throw new AppError('NOT_FOUND', '晒单不存在或暂不可见');
  // Earned once: not by the author, not again after a like taken back, not twice while owed.
  const earns = openid !== post.authorOpenid && !joinedOne(row, 'rewarded') && !(post.rewardsDue ?? []).some((due) => due.key === rewardKey);
  const existing = joinedOne<LikeDoc>(row, 'like');
  const target = want ?? !existing;
  if (target === Boolean(existing)) return { liked: target, likes: Math.max(0, post.likes) };
  // A tap means "the other state from the one I saw". A rival's add (a duplicate) or
  // remove (nothing deleted) that got there first reached it as well: the tap is done.
  if (target) {
    const like: LikeDoc = { _id: id, postId, openid, authorOpenid: post.authorOpenid, createdAt: now };
    if (!(await insertOnce(db, 'likes', like))) return { liked: true, likes: await likesNow(db, post) };
    return { liked: true, likes: await moveCount(db, post, 1, earns ? owePostRewards(db, [likeRewardDue(postId, openid, now)]) : {}) };
  }
  if (Number((await db.collection('likes').doc(id).remove()).deleted ?? 0) !== 1) return { liked: false, likes: await likesNow(db, post) };
  return { liked: false, likes: await moveCount(db, post, -1, {}) };
}

/** The post's count now (a rival's tap reached the state first). */
async function likesNow(db: Database, post: PostDoc): Promise<number> {
  return Math.max(0, (await getDoc<PostDoc>(db, 'posts', post._id))?.likes ?? post.likes);
}

/** Moves the post's like count by `delta` (with `also`), answering the count it reached. */
async function moveCount(db: Database, post: PostDoc, delta: 1 | -1, also: Record<string, unknown>): Promise<number> {
  const _ = db.command;
  const res = await db.collection('posts').where({ _id: post._id }).updateAndReturn({ likes: _.inc(delta), ...also });
  const after = (res as { doc?: PostDoc | null }).doc;
  return Math.max(0, after?.likes ?? post.likes + delta);
}
