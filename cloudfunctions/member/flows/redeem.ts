import type { Database } from '../../shared/runtime/cloud';
import type { CouponDoc, PerkDoc, RedemptionDoc, RewardClaimDoc, RewardDoc, UserDoc, VoucherDoc } from '../../shared/model';
import type { GrantDoc } from '../../shared/grants';
import { grantInTx, revokeGrantInTx } from '../../shared/grants';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc } from '../../shared/runtime/documents';
import { applyOnce, JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { redeemRefusal } from '../../shared/domain/reward';
import { issueUnit, voucherIdOf } from '../../partner/flows/vouchers';
import { issueCoupon } from './coupons';
import { memberConfig } from './config';

export const claimIdOf = (rewardId: string, openid: string) => `${rewardId}_${openid}`;
export const redeemGrantKey = (redemptionId: string) => `redeem:${redemptionId}`;

/** What a redemption gave: a coupon, or (a perk reward) the voucher `vouchers/<redemptionId>_<perkId>_0`. */
export type Redeemed = { coupon: CouponDoc; voucherId: null } | { coupon: null; voucherId: string };

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
 *   3. the coupon (`coupons/<id>`), or for a perk reward one voucher through the partner's
 *      issuing (partner/flows/vouchers.ts issueUnit, the redemption as its "order", unit 0),
 *      and the redemption is done.
 * No unit left (of the reward, or of the perk: then the reward's unit goes back too):
 * the points and the place under the limit are given back (refused).
 */
export async function redeem(db: Database, openid: string, rewardId: string, redemptionId: string, now: Date): Promise<Redeemed> {
  const done = await finished(db, redemptionId, openid);
  if (done) return done;
  const [reward, user, claim, config] = await Promise.all([
    getDoc<RewardDoc>(db, 'rewards', rewardId),
    getDoc<UserDoc>(db, 'users', openid),
    getDoc<RewardClaimDoc>(db, 'rewardClaims', claimIdOf(rewardId, openid)),
    memberConfig(db),
  ]);
  const perk = reward?.kind === 'perk' ? await getDoc<PerkDoc>(db, 'perks', reward.perkId ?? '') : null;
  const perkGone = reward?.kind === 'perk' && (!perk?.active || perk.issued >= perk.total);
  const early = redeemRefusal(reward, { points: user?.points ?? 0, claimed: claim?.count ?? 0 }) ?? (perkGone ? 'REWARD_EXHAUSTED' : null);
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
    const redemption: RedemptionDoc = { _id: redemptionId, rewardId, openid, pointsCost: r.pointsCost, perkId: r.kind === 'perk' ? r.perkId! : null, status: 'pending', createdAt: now, updatedAt: now };
    await tx.collection('redemptions').add(redemption);
  });
  return finishRedemption(db, redemptionId, now);
}

/** Steps 2 and 3 of a pending redemption (also the repair of one whose call died). */
export async function finishRedemption(db: Database, redemptionId: string, now: Date): Promise<Redeemed> {
  const redemption = (await getDoc<RedemptionDoc>(db, 'redemptions', redemptionId))!;
  const done = await finished(db, redemptionId, redemption.openid);
  if (done) return done;
  if (redemption.status === 'refused') throw new AppError('REWARD_EXHAUSTED');
  const reward = await getDoc<RewardDoc>(db, 'rewards', redemption.rewardId);
  if (!reward || !(await takeUnit(db, reward, redemptionId, now))) {
    await refuse(db, redemption, now, '兑换品已兑完，积分退回');
    throw new AppError('REWARD_EXHAUSTED');
  }
  let issued: Redeemed;
  if (redemption.perkId) {
    const voucherId = await issuePerkVoucher(db, redemption, redemption.perkId, now);
    if (!voucherId) {
      // The perk refused (its total, the member's limit, switched off): the reward's unit and the points go back.
      await applyOnce(db, 'rewards', reward._id, `return:${redemptionId}`, { redeemed: -1 }, now);
      await refuse(db, redemption, now, '合作伙伴权益已领完，积分退回');
      throw new AppError('REWARD_EXHAUSTED', '这项合作伙伴权益已领完（或已达每人限领），积分已退回');
    }
    issued = { coupon: null, voucherId };
  } else {
    issued = { coupon: await issueCoupon(db, redemptionId, redemption.openid, reward, now), voucherId: null };
  }
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

/** One voucher of the perk for this redemption (the partner's own issuing, unit 0): its id, or null when the perk refused. */
async function issuePerkVoucher(db: Database, redemption: RedemptionDoc, perkId: string, now: Date): Promise<string | null> {
  const perk = await getDoc<PerkDoc>(db, 'perks', perkId);
  if (perk) await issueUnit(db, { _id: redemption._id, openid: redemption.openid, dealId: perk.dealId }, perk, 0, now);
  const id = voucherIdOf(redemption._id, perkId, 0);
  const voucher = await getDoc<VoucherDoc>(db, 'vouchers', id);
  return voucher && voucher.status !== 'lapsed' && voucher.status !== 'pending' ? id : null;
}

/** No unit: the points come back (a reversal grant) and the place under the limit, in one transaction, once. */
async function refuse(db: Database, redemption: RedemptionDoc, now: Date, why: string): Promise<void> {
  const _ = db.command;
  await inTransaction(db, async (tx) => {
    const current = await txGet<RedemptionDoc>(tx, 'redemptions', redemption._id);
    if (current?.status !== 'pending') return;
    const spent = await txGet<GrantDoc>(tx, 'grants', redeemGrantKey(redemption._id));
    if (spent) await revokeGrantInTx(tx, spent, why, now);
    await tx.collection('rewardClaims').doc(claimIdOf(redemption.rewardId, redemption.openid)).update({ count: _.inc(-1) });
    await tx.collection('redemptions').doc(redemption._id).update({ status: 'refused', updatedAt: now });
  });
}

/** What a redemption already done gave, for the same member (a repeated request). */
async function finished(db: Database, redemptionId: string, openid: string): Promise<Redeemed | null> {
  const coupon = await getDoc<CouponDoc>(db, 'coupons', redemptionId);
  if (coupon && coupon.openid !== openid) throw new AppError('INVALID_ARGUMENT');
  if (coupon) return { coupon, voucherId: null };
  const redemption = await getDoc<RedemptionDoc>(db, 'redemptions', redemptionId);
  if (redemption?.status !== 'done' || !redemption.perkId) return null;
  if (redemption.openid !== openid) throw new AppError('INVALID_ARGUMENT');
  return { coupon: null, voucherId: voucherIdOf(redemptionId, redemption.perkId, 0) };
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
