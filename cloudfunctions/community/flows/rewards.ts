import type { Database } from '../../shared/runtime/cloud';
import type { MemberConfig, Reward } from '../../shared/domain/growth';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { grant, revokeGrant } from '../../shared/grants';
import { memberConfig } from '../../member/flows/config';
import type { PostDoc } from './posts';

/**
 * A capped counter (`rewardSlots`, `_id` = kind:openid:window): true when this caller
 * took one of the window's `cap` slots. One conditional update, so many at once never
 * take more than the cap. Daily reward caps count this way.
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

/** One of the day's (Asia/Shanghai, `day` as shanghaiDayKey gives it) `cap` slots of `kind`. */
export function takeDailySlot(db: Database, kind: string, openid: string, now: Date, cap: number, day = shanghaiDayKey(now)): Promise<boolean> {
  return takeSlot(db, kind, openid, day, now, cap);
}

/** A post's rewards its author earns (发布, 获赞), each once by its grant key, and capped a day. */
export type RewardKind = 'post' | 'like';

/** A reward a post's author earned and the outbox still owes (see flows/outbox): granted within a minute. */
export interface RewardDue {
  kind: RewardKind;
  /** The grant's key: `post:<postId>` or `like:<postId>:<liker>`. */
  key: string;
  /** The Asia/Shanghai day it was earned: the day whose cap it counts against. */
  day: string;
}

export const postRewardKey = (postId: string) => `post:${postId}`;
export const likeRewardKey = (postId: string, liker: string) => `like:${postId}:${liker}`;

export const postRewardDue = (postId: string, now: Date): RewardDue => ({ kind: 'post', key: postRewardKey(postId), day: shanghaiDayKey(now) });
export const likeRewardDue = (postId: string, liker: string, now: Date): RewardDue => ({ kind: 'like', key: likeRewardKey(postId, liker), day: shanghaiDayKey(now) });

const brief = (post: Pick<PostDoc, 'text'>) => (post.text.length > 16 ? post.text.slice(0, 16) + '…' : post.text);

/** What a reward of `kind` gives, why, and how many a day: from the brand's settings. */
function rewardRule(kind: RewardKind, post: Pick<PostDoc, 'text'>, config: MemberConfig): { reward: Reward; reason: string; cap: number } {
  return kind === 'post'
    ? { reward: config.post, reason: `发布晒单：${brief(post)}`, cap: config.postRewardsPerDay }
    : { reward: config.likeReceived, reason: `晒单获赞：${brief(post)}`, cap: config.likeRewardsPerDay };
}

/**
 * Grants a reward a post earned its author, unless its key was used before or the
 * author's slots of that day are gone. (A slot taken by a call that died before the
 * grant stays taken, as a cap is an upper bound.)
 */
export async function grantPostReward(db: Database, post: Pick<PostDoc, 'authorOpenid' | 'text'>, due: RewardDue, config: MemberConfig, now: Date): Promise<boolean> {
  const { reward, reason, cap } = rewardRule(due.kind, post, config);
  if (!reward.growth && !reward.points) return false;
  if (await getDoc(db, 'grants', due.key)) return false;
  if (!(await takeDailySlot(db, due.kind, post.authorOpenid, now, cap, due.day))) return false;
  return grant(db, post.authorOpenid, due.key, reward, reason, config, now);
}

/** 发布晒单: growth and points once per post, for the first few posts of the day (a moderator's approval, a late photo check). */
export async function rewardPublished(db: Database, post: PostDoc, now: Date): Promise<boolean> {
  return grantPostReward(db, post, postRewardDue(post._id, now), await memberConfig(db), now);
}

/** 精选: what a featured post earns its author, once. */
export async function rewardFeatured(db: Database, post: PostDoc, now: Date): Promise<boolean> {
  const config = await memberConfig(db);
  return grant(db, post.authorOpenid, `featured:${post._id}`, config.featured, `晒单被精选：${brief(post)}`, config, now);
}

/** A post taken down (or deleted by its author) gives back what publishing and featuring it earned. */
export async function takeBackPostRewards(db: Database, postId: string, reason: string, now: Date, featured = true): Promise<void> {
  await revokeGrant(db, postRewardKey(postId), reason, now);
  if (featured) await revokeGrant(db, `featured:${postId}`, reason, now);
}
