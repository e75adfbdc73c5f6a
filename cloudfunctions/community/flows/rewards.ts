import type { Database } from '../../shared/runtime/cloud';
import type { Reward } from '../../shared/domain/growth';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { grant, revokeGrant } from '../../shared/grants';
import { memberConfig } from '../../member/flows/config';
import type { PostDoc } from './posts';

/**
 * A capped counter (`rewardSlots`, `_id` = kind:openid:window): true when this caller
 * took one of the window's `cap` slots. One conditional update, so many at once never
 * take more than the cap. Daily reward caps and comment rate limits both count this way.
 */
export async function takeSlot(db: Database, kind: string, openid: string, window: string, now: Date, cap: number): Promise<boolean> {
  if (cap <= 0) return false;
  const _ = db.command;
  const _id = `${kind}:${openid}:${window}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (updatedCount(await db.collection('rewardSlots').where({ _id, count: _.lt(cap) }).update({ count: _.inc(1) })) === 1) return true;
    // Full, or created a moment ago by a rival call (then try the update again).
    const slot = await getDoc<{ count: number }>(db, 'rewardSlots', _id);
    if (slot && slot.count >= cap) return false;
    if (!slot && (await insertOnce(db, 'rewardSlots', { _id, kind, openid, count: 1, createdAt: now }))) return true;
  }
  return false;
}

/** One of the day's (Asia/Shanghai) `cap` slots of `kind`. */
export function takeDailySlot(db: Database, kind: string, openid: string, now: Date, cap: number): Promise<boolean> {
  return takeSlot(db, kind, openid, shanghaiDayKey(now), now, cap);
}

/** A grant of `reward` under `key`, unless that key was used before or the day's slots of `kind` are gone. */
async function cappedGrant(db: Database, openid: string, key: string, reward: Reward, reason: string, kind: string, cap: number, now: Date): Promise<boolean> {
  if (!reward.growth && !reward.points) return false;
  if (await getDoc(db, 'grants', key)) return false;
  if (!(await takeDailySlot(db, kind, openid, now, cap))) return false;
  return grant(db, openid, key, reward, reason, await memberConfig(db), now);
}

const brief = (post: PostDoc) => (post.text.length > 16 ? post.text.slice(0, 16) + '…' : post.text);

/** 发布晒单: growth and points once per post, for the first few posts of the day. */
export async function rewardPublished(db: Database, post: PostDoc, now: Date): Promise<boolean> {
  const config = await memberConfig(db);
  return cappedGrant(db, post.authorOpenid, `post:${post._id}`, config.post, `发布晒单：${brief(post)}`, 'post', config.postRewardsPerDay, now);
}

/** 获赞: the author earns once per liker and post (a like taken back and given again earns nothing), capped per day. */
export async function rewardLike(db: Database, post: PostDoc, liker: string, now: Date): Promise<boolean> {
  if (liker === post.authorOpenid) return false;
  const config = await memberConfig(db);
  return cappedGrant(db, post.authorOpenid, `like:${post._id}:${liker}`, config.likeReceived, `晒单获赞：${brief(post)}`, 'like', config.likeRewardsPerDay, now);
}

/** 精选: what a featured post earns its author, once. */
export async function rewardFeatured(db: Database, post: PostDoc, now: Date): Promise<boolean> {
  const config = await memberConfig(db);
  return grant(db, post.authorOpenid, `featured:${post._id}`, config.featured, `晒单被精选：${brief(post)}`, config, now);
}

/** A post taken down (or deleted by its author) gives back what publishing and featuring it earned. */
export async function takeBackPostRewards(db: Database, postId: string, reason: string, now: Date, featured = true): Promise<void> {
  await revokeGrant(db, `post:${postId}`, reason, now);
  if (featured) await revokeGrant(db, `featured:${postId}`, reason, now);
}
