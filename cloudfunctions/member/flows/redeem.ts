import type { Database } from '../../shared/runtime/cloud';
import type { CouponDoc, RedemptionDoc, RewardClaimDoc, RewardDoc, UserDoc } from '../../shared/model';
import type { GrantDoc } from '../../shared/grants';
import { grantInTx, revokeGrantInTx } from '../../shared/grants';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc } from '../../shared/runtime/documents';
import { applyOnce, JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { redeemRefusal } from '../../shared/domain/reward';
import { issueCoupon } from './coupons';
import { memberConfig } from './config';

export const claimIdOf = (rewardId: string, openid: string) => `${rewardId}_${openid}`;
export const redeemGrantKey = (redemptionId: string) => `redeem:${redemptionId}`;

/** A reward's journal is pruned once it holds this many keys (and no redemption of it is unfinished). */
const PRUNE_AT = 50;
/** A pending redemption older than this belongs to a call that died: the member's next visit finishes it. */
const REPAIR_AFTER_MS = 2 * 60_000;

/**
 * 积分兑换, once per redemption id however often it is sent:
 *   1. in one transaction on the member's own documents: the points are spent by a
 *      negative grant `redeem:<id>` (refused when the balance would go below zero),
 *      the member's count under the per-member limit goes up, the redemption is written;
 *   2. a unit of the reward, by one journaled conditional increment (`redeemed < total`),
 *      never inside a transaction: the catalogue item is a hot document;
 *   3. the coupon (`coupons/<id>`), and the redemption is done.
 * No unit left: the points and the place under the limit are given back (refused).
 */
export async function redeem(db: Database, openid: string, rewardId: string, redemptionId: string, now: Date): Promise<CouponDoc> {
  const done = await finished(db, redemptionId, openid);
  if (done) return done;
  const [reward, user, claim, config] = await Promise.all([
    getDoc<RewardDoc>(db, 'rewards', rewardId),
    getDoc<UserDoc>(db, 'users', openid),
    getDoc<RewardClaimDoc>(db, 'rewardClaims', claimIdOf(rewardId, openid)),
    memberConfig(db),
  ]);
  const early = redeemRefusal(reward, { points: user?.points ?? 0, claimed: claim?.count ?? 0 });
  if (early && !(await getDoc<RedemptionDoc>(db, 'redemptions', redemptionId))) throw new AppError(early);
  const r = reward!;

  await inTransaction(db, async (tx) => {
    const before = await txGet<RedemptionDoc>(tx, 'redemptions', redemptionId);
    if (before && before.openid !== openid) throw new AppError('INVALID_ARGUMENT');
    if (before) return; // a repeat: step 1 is done
    const claimId = claimIdOf(rewardId, openid);
    const held = await txGet<RewardClaimDoc>(tx, 'rewardClaims', claimId);
    if ((held?.count ?? 0) >= r.perMember) throw new AppError('LIMIT_EXCEEDED', `每人限兑 ${r.perMember} 次`);
    await grantInTx(tx, openid, redeemGrantKey(redemptionId), { growth: 0, points: -r.pointsCost }, `积分兑换：${r.title}`, config, now);
    if (held) await tx.collection('rewardClaims').doc(claimId).update({ count: held.count + 1 });
    else await tx.collection('rewardClaims').add({ _id: claimId, rewardId, openid, count: 1 });
    const redemption: RedemptionDoc = { _id: redemptionId, rewardId, openid, pointsCost: r.pointsCost, status: 'pending', createdAt: now, updatedAt: now };
    await tx.collection('redemptions').add(redemption);
  });
  return finishRedemption(db, redemptionId, now);
}

/** Steps 2 and 3 of a pending redemption (also the repair of one whose call died). */
export async function finishRedemption(db: Database, redemptionId: string, now: Date): Promise<CouponDoc> {
  const redemption = (await getDoc<RedemptionDoc>(db, 'redemptions', redemptionId))!;
  const coupon = await getDoc<CouponDoc>(db, 'coupons', redemptionId);
  if (coupon) return coupon;
  if (redemption.status === 'refused') throw new AppError('REWARD_EXHAUSTED');
  const reward = await getDoc<RewardDoc>(db, 'rewards', redemption.rewardId);
  if (!reward || !(await takeUnit(db, reward, redemptionId, now))) {
    await refuse(db, redemption, now);
    throw new AppError('REWARD_EXHAUSTED');
  }
  const issued = await issueCoupon(db, redemptionId, redemption.openid, reward, now);
  await db.collection('redemptions').doc(redemptionId).update({ status: 'done', updatedAt: now });
  if ((reward.applied?.length ?? 0) >= PRUNE_AT) await pruneRewardJournal(db, reward._id, now);
  return issued;
}

/** One unit, once per redemption; a raised total (the brand edited it) is read again, a few times. */
async function takeUnit(db: Database, reward: RewardDoc, redemptionId: string, now: Date): Promise<boolean> {
  const _ = db.command;
  let current: RewardDoc | null = reward;
  for (let read = 0; current && read < 3; read++) {
    const { total } = current;
    const res = await applyOnce(db, 'rewards', reward._id, `redeem:${redemptionId}`, { redeemed: 1 }, now, { redeemed: _.lt(total), total, active: true });
    if (res !== 'refused') return true;
    current = await getDoc<RewardDoc>(db, 'rewards', reward._id);
    if (!current?.active || current.total === total) return false;
  }
  return false;
}

/** No unit: the points come back (a reversal grant) and the place under the limit, in one transaction, once. */
async function refuse(db: Database, redemption: RedemptionDoc, now: Date): Promise<void> {
  const _ = db.command;
  await inTransaction(db, async (tx) => {
    const current = await txGet<RedemptionDoc>(tx, 'redemptions', redemption._id);
    if (current?.status !== 'pending') return;
    const spent = await txGet<GrantDoc>(tx, 'grants', redeemGrantKey(redemption._id));
    if (spent) await revokeGrantInTx(tx, spent, '兑换品已兑完，积分退回', now);
    await tx.collection('rewardClaims').doc(claimIdOf(redemption.rewardId, redemption.openid)).update({ count: _.inc(-1) });
    await tx.collection('redemptions').doc(redemption._id).update({ status: 'refused', updatedAt: now });
  });
}

/** The coupon of a redemption already done, for the same member (a repeated request). */
async function finished(db: Database, redemptionId: string, openid: string): Promise<CouponDoc | null> {
  const coupon = await getDoc<CouponDoc>(db, 'coupons', redemptionId);
  if (coupon && coupon.openid !== openid) throw new AppError('INVALID_ARGUMENT');
  return coupon;
}

/** The member's redemptions left pending by calls that died: finished on their next visit (refused ones give points back). */
export async function finishStaleRedemptions(db: Database, openid: string, now: Date): Promise<void> {
  const _ = db.command;
  const stale = await db
    .collection('redemptions')
    .where({ openid, status: 'pending', createdAt: _.lte(new Date(now.getTime() - REPAIR_AFTER_MS)) })
    .limit(20)
    .get();
  for (const r of stale.data as RedemptionDoc[]) await finishRedemption(db, r._id, now).catch(() => undefined);
}

/** Old journal keys go once no redemption of the reward is still pending (a pending one may repeat its key). */
async function pruneRewardJournal(db: Database, rewardId: string, now: Date): Promise<void> {
  const pending = await db.collection('redemptions').where({ rewardId, status: 'pending' }).limit(1).get();
  if (!pending.data.length) await pruneJournal(db, 'rewards', rewardId, new Date(now.getTime() - JOURNAL_MS));
}
