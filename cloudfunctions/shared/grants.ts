import type { Database } from './runtime/cloud';
import type { Tier } from './api';
import type { UserDoc } from './model';
import type { Reward, MemberConfig } from './domain/growth';
import { promotedTier } from './domain/growth';
import { getDoc } from './runtime/documents';
import { inTransaction, Tx, txGet } from './runtime/transaction';
import { newUser } from './runtime/users';
import { AppError } from './runtime/app-error';

/**
 * Growth and points: one append-only collection of grants, each under its event's
 * idempotency key as `_id`, with the member's totals updated in the same
 * transaction. A grant that can be undone is undone by a reversal grant.
 */
export interface GrantDoc {
  _id: string; // e.g. checkin:<openid>:<yyyymmdd>, order:<orderId>, reversal:order:<orderId>
  openid: string;
  growth: number;
  points: number;
  reason: string;
  createdAt: Date;
}

export interface TierChangeDoc {
  _id: string;
  openid: string;
  from: Tier;
  to: Tier;
  reason: string;
  by: string; // 'system' or the admin's openid
  at: Date;
}

export async function recordTierChange(tx: Tx, change: Omit<TierChangeDoc, '_id'>, key: string): Promise<void> {
  await tx.collection('tierChanges').add({ _id: `${change.openid}:${change.to}:${key}`, ...change });
}

/**
 * Applies a grant inside `tx`; false when its key was used before. Crossing the
 * threshold promotes an 探索者 to 体验官 in the same transaction, so two grants
 * crossing it at once promote once. A grant that spends points (积分兑换: negative
 * points) is refused with INSUFFICIENT_POINTS when the balance read in this
 * transaction would go below zero, so concurrent spends never overdraw.
 */
export async function grantInTx(tx: Tx, openid: string, key: string, reward: Reward, reason: string, config: MemberConfig, now: Date): Promise<boolean> {
  if (await txGet<GrantDoc>(tx, 'grants', key)) return false;
  const existing = await txGet<UserDoc>(tx, 'users', openid);
  const user = existing ?? newUser(openid, now);
  const growth = user.growth + reward.growth;
  const points = user.points + reward.points;
  if (reward.points < 0 && points < 0) throw new AppError('INSUFFICIENT_POINTS');
  const tier = promotedTier(user.tier, growth, config);
  await tx.collection('grants').add({ _id: key, openid, growth: reward.growth, points: reward.points, reason, createdAt: now });
  const { _id, ...fields } = { ...user, growth, points, tier, updatedAt: now };
  if (!existing) await tx.collection('users').add({ _id, ...fields });
  else await tx.collection('users').doc(openid).update({ growth, points, tier, updatedAt: now });
  if (tier !== user.tier) {
    await recordTierChange(tx, { openid, from: user.tier, to: tier, reason: `成长值达到 ${config.officerThreshold}，自动升级为体验官`, by: 'system', at: now }, key);
  }
  return true;
}

export function grant(db: Database, openid: string, key: string, reward: Reward, reason: string, config: MemberConfig, now: Date): Promise<boolean> {
  if (!reward.growth && !reward.points) return Promise.resolve(false);
  return inTransaction(db, (tx) => grantInTx(tx, openid, key, reward, reason, config, now));
}

/** Takes back what the grant `key` gave (once); the tier stays as it is. */
export async function revokeGrant(db: Database, key: string, reason: string, now: Date): Promise<boolean> {
  const original = await getDoc<GrantDoc>(db, 'grants', key);
  if (!original) return false;
  return inTransaction(db, (tx) => revokeGrantInTx(tx, original, reason, now));
}

/** revokeGrant inside `tx` (e.g. points given back with the rest of a refused redemption). */
export async function revokeGrantInTx(tx: Tx, original: GrantDoc, reason: string, now: Date): Promise<boolean> {
  const reversalKey = `reversal:${original._id}`;
  if (await txGet<GrantDoc>(tx, 'grants', reversalKey)) return false;
  const user = await txGet<UserDoc>(tx, 'users', original.openid);
  if (!user) return false;
  await tx.collection('grants').add({ _id: reversalKey, openid: original.openid, growth: -original.growth, points: -original.points, reason, createdAt: now });
  await tx.collection('users').doc(original.openid).update({ growth: user.growth - original.growth, points: user.points - original.points, updatedAt: now });
  return true;
}
