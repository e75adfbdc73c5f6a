import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { LikeDoc, likeId, PostDoc } from './posts';
import { rewardLike } from './rewards';

/**
 * Sets a member's like on a post (`want`), or flips the state the call found (`want`
 * undefined). The like's
 * id is the lock: only one `add` of it and one `remove` of it can succeed, and each
 * success moves the post's count by exactly one atomic increment, so the count equals
 * the likes stored however many taps arrive at once.
 */
export async function setLike(db: Database, postId: string, openid: string, want: boolean | undefined, now: Date): Promise<{ liked: boolean; likes: number }> {
  const post = await getDoc<PostDoc>(db, 'posts', postId);
  if (!post || post.status !== 'published') throw new AppError('NOT_FOUND', '晒单不存在或暂不可见');
  const _ = db.command;
  const id = likeId(postId, openid);
  // A tap means "the other state from the one I saw": once it is reached (by this call or
  // a rival's), the tap is done. So a call never needs more than two rounds.
  let target = want;
  let liked: boolean | null = null;
  for (let attempt = 0; attempt < 4 && liked === null; attempt++) {
    const existing = await getDoc<LikeDoc>(db, 'likes', id);
    target ??= !existing;
    if (target === Boolean(existing)) {
      liked = target;
    } else if (target) {
      const like: LikeDoc = { _id: id, postId, openid, authorOpenid: post.authorOpenid, createdAt: now };
      if (await insertOnce(db, 'likes', like)) {
        await db.collection('posts').doc(postId).update({ likes: _.inc(1) });
        await rewardLike(db, post, openid, now);
        liked = true;
      }
    } else if (Number((await db.collection('likes').doc(id).remove()).deleted ?? 0) === 1) {
      await db.collection('posts').doc(postId).update({ likes: _.inc(-1) });
      liked = false;
    }
  }
  if (liked === null) throw new AppError('CONFLICT');
  const latest = await getDoc<PostDoc>(db, 'posts', postId);
  return { liked, likes: Math.max(0, latest?.likes ?? 0) };
}
