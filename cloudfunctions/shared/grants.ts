import type { Database } from './runtime/cloud';
import type { Tier } from './api';
import type { UserDoc } from './model';
import type { Reward, MemberConfig } from './domain/growth';
import { promotedTier } from './domain/growth';
import type { Tx } from './runtime/transaction';
import { getDoc, insertOnce, updatedCount } from './runtime/documents';
import { post } from './postings';
import { newUser } from './runtime/users';
import { AppError } from './runtime/app-error';

/**
 * Growth and points: one append-only collection of grants, each under its event's
 * idempotency key as `_id`, posted with the move of the member's totals (postings.ts,
 * no transaction). A grant that can be undone is undone by a reversal grant.
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

/** A tier change's record, under an id from its cause (so a repeat records it once). */
export function tierChange(change: Omit<TierChangeDoc, '_id'>, key: string): TierChangeDoc {
  return { _id: `${change.openid}:${change.to}:${key}`, ...change };
}

export async function recordTierChange(tx: Tx, change: Omit<TierChangeDoc, '_id'>, key: string): Promise<void> {
  await tx.collection('tierChanges').add(tierChange(change, key));
}

export interface GrantOptions {
  /** The member as this call read them (null: no profile yet); without it grant() reads them (one more round trip). */
  known?: Pick<UserDoc, 'tier' | 'growth'> | null;
  /** More fields for the grant document (a check-in's day and streak); with them a zero reward is still recorded. */
  entry?: Record<string, unknown>;
}

/**
 * Gives `reward` to `openid` once per `key` (the one grants path: a posting, see
 * postings.ts): false when the key was used before. A grant that crosses the
 * threshold (from `known`, the member as this call read them) promotes an 探索者 to
 * 体验官 (promote()). A spend (积分兑换: negative points) is refused
 * with INSUFFICIENT_POINTS when the balance would go below zero; nothing is written.
 * Two round trips (two more when it promotes, one more when the member is not known).
 */
export async function grant(db: Database, openid: string, key: string, reward: Reward, reason: string, config: MemberConfig, now: Date, opts: GrantOptions = {}): Promise<boolean> {
  if (!reward.growth && !reward.points && !opts.entry) return false;
  const user = opts.known === undefined ? await getDoc<UserDoc>(db, 'users', openid) : opts.known;
  const before = user ?? newUser(openid, now);
  const tier = promotedTier(before.tier, before.growth + reward.growth, config);
  const { _id, growth, points, ...profile } = newUser(openid, now);
  const result = await post(
    db,
    'grants',
    { ...opts.entry, _id: key, openid, growth: reward.growth, points: reward.points, reason, createdAt: now },
    {
      collection: 'users',
      id: openid,
      incs: { growth: reward.growth, points: reward.points },
      floor: reward.points < 0 ? ['points'] : [],
      create: { ...profile, growth, points },
    },
    now,
  );
  if (result === 'refused') throw new AppError('INSUFFICIENT_POINTS');
  if (result === 'posted' && tier !== before.tier) await promote(db, openid, config, key, now);
  return result === 'posted';
}

/**
 * 探索者 → 体验官 once the growth has reached the threshold: one conditional update (so
 * two grants crossing it at once promote once) and its tierChanges record. grant()
 * calls it when its grant crosses; the 我的 page's read calls it for a member whose
 * growth is past the threshold still as 探索者 (two grants at once that each saw the
 * other's growth missing). Answers whether this call promoted.
 */
export async function promote(db: Database, openid: string, config: MemberConfig, key: string, now: Date): Promise<boolean> {
  const _ = db.command;
  const res = await db.collection('users').where({ _id: openid, tier: 'explorer', growth: _.gte(config.officerThreshold) }).update({ tier: 'officer', updatedAt: now });
  if (updatedCount(res) !== 1) return false;
  await insertOnce(db, 'tierChanges', tierChange({ openid, from: 'explorer', to: 'officer', reason: `成长值达到 ${config.officerThreshold}，自动升级为体验官`, by: 'system', at: now }, key));
  return true;
}

/** Takes back what the grant `key` gave (once); the tier stays as it is. Pass the grant when it was read already. */
export async function revokeGrant(db: Database, key: string, reason: string, now: Date, original?: GrantDoc | null): Promise<boolean> {
  const given = original === undefined ? await getDoc<GrantDoc>(db, 'grants', key) : original;
  if (!given) return false;
  const reversal = { _id: `reversal:${given._id}`, openid: given.openid, growth: -given.growth, points: -given.points, reason, createdAt: now };
  const result = await post(db, 'grants', reversal, { collection: 'users', id: given.openid, incs: { growth: reversal.growth, points: reversal.points } }, now);
  return result === 'posted';
}
