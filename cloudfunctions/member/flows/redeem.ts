import type { Database } from '../../shared/runtime/cloud';
import type { CouponDoc, PerkDoc, RewardDoc } from '../../shared/model';
import type { MemberConfig } from '../../shared/domain/growth';
import { DEFAULT_MEMBER_CONFIG } from '../../shared/domain/growth';
import { grant, revokeGrant } from '../../shared/grants';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { joinedOne, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { REPAIR_MS } from '../../shared/postings';
import { redeemRefusal } from '../../shared/domain/reward';
import { couponOf, couponTerms } from './coupons';
import { MEMBER_CONFIG_ID } from './config';
import { dueForSettling, giveBack, issuePerkVoucher, settleRewardJournal, takeUnit } from './redeem-units';
import { live, RedeemEntry, redeemGrantKey, Redemptions, redemptionLookups, redemptionsOf, spent } from './redemption-state';

/** What a redemption gave: a coupon, or (a perk reward) the voucher `vouchers/<redemptionId>_<perkId>_0`; and the points left. */
export type Redeemed = ({ coupon: CouponDoc; voucherId: null } | { coupon: null; voucherId: string }) & { points: number };

/** What one redemption call reads, in one round trip (an aggregate from the reward). */
interface RedeemRead extends Redemptions {
  reward: RewardDoc;
  config: MemberConfig;
  perk: PerkDoc | null;
}

async function readRedeem(db: Database, openid: string, rewardId: string): Promise<RedeemRead | null> {
  const row = await readJoined(db, 'rewards', rewardId, [
    lookupById('users', openid, 'user'),
    lookupById('config', MEMBER_CONFIG_ID, 'memberConfig'),
    { from: 'perks', localField: 'perkId', foreignField: '_id', as: 'perk' },
    ...redemptionLookups({ openid, rewardId }),
  ]);
  if (!row) return null;
  const { user, memberConfig, perk, redemptions, reversals, redeemedCoupons, redeemedVouchers, ...reward } = row;
  const { _id, ...saved } = joinedOne<Partial<MemberConfig> & { _id: string }>({ memberConfig }, 'memberConfig') ?? { _id: '' };
  return {
    ...redemptionsOf({ redemptions, reversals, redeemedCoupons, redeemedVouchers }, joinedOne({ user }, 'user')),
    reward: reward as unknown as RewardDoc,
    config: { ...DEFAULT_MEMBER_CONFIG, ...saved },
    perk: joinedOne<PerkDoc>({ perk }, 'perk'),
  };
}

/**
 * 积分兑换, once per redemption id however often it is sent, in four round trips:
 *   1. one read: the reward, the member, the brand's growth settings, the perk, and the
 *      member's redemptions of this reward (refused: nothing is written);
 *   2. a unit of the reward, by one journaled conditional increment (`redeemed < total`),
 *      never inside a transaction (the catalogue item is a hot document), under this
 *      call's own key;
 *   3. the points, by the negative grant `redeem:<rewardId>:<openid>:<slot>` (two round
 *      trips, no transaction): the grant is the redemption, and its key is the member's
 *      next place under the per-member limit, so of two taps racing for one place one
 *      writes it; it records the unit it holds and the coupon it gives. A spend that
 *      would overdraw is refused with nothing written;
 * The coupon document itself is written from the grant when the member next reads their
 * coupons (finishRedemptions: 我的优惠券 and the checkout's coupon list), or by a repeat.
 * A perk reward's voucher likewise: the grant names it (`<redemptionId>_<perkId>_0`) and is
 * marked `voucherDue`; drainOutbox issues it (issueDueRedemptionVouchers), or, the perk
 * refusing then, gives the unit and the points back. The answer names the voucher to come.
 * A refusal after step 2 gives the unit back; after step 3 the points too (a reversal).
 */
export async function redeem(db: Database, openid: string, rewardId: string, redemptionId: string, now: Date): Promise<Redeemed> {
  const read = await readRedeem(db, openid, rewardId);
  if (!read) throw new AppError('NOT_FOUND');
  const { reward, perk, user } = read;
  const mine = read.entries.find((e) => e.redemption === redemptionId);
  if (mine) return again(db, read, mine, now);
  const held = live(read).length;
  const perkGone = reward.kind === 'perk' && (!perk?.active || perk.issued >= perk.total);
  const refusal = redeemRefusal(reward, { points: user?.points ?? 0, claimed: held }) ?? (perkGone ? 'REWARD_EXHAUSTED' : null);
  if (refusal) throw new AppError(refusal);

  const unit = `redeem:${redemptionId}:${newId()}`;
  if (!(await takeUnit(db, reward, unit, now))) {
    // The last unit may have gone to this very request, sent twice at once: then it is the answer.
    if (!(await unitHeldFor(db, rewardId, redemptionId))) throw new AppError('REWARD_EXHAUSTED');
    const made = await db.collection('grants').where({ openid, rewardId, kind: 'redeem', redemption: redemptionId }).limit(1).get();
    if (made.data.length) return again(db, read, made.data[0] as RedeemEntry, now);
    throw new AppError('CONFLICT', '兑换正在处理，请稍后再看');
  }
  const entry = await spend(db, read, openid, redemptionId, unit, now);
  const points = (user?.points ?? 0) - (entry.unit === unit ? reward.pointsCost : 0);
  if (dueForSettling(reward, now)) await settleRewardJournal(db, reward, now);
  if (!entry.perkId) return { coupon: read.coupons.get(entry.redemption) ?? couponFrom(entry), voucherId: null, points };
  return { coupon: null, voucherId: entry.voucherId!, points };
}

/** Whether another call of this redemption holds a unit of the reward now. */
async function unitHeldFor(db: Database, rewardId: string, redemptionId: string): Promise<boolean> {
  const keys = ((await getDoc<RewardDoc>(db, 'rewards', rewardId))?.applied ?? []).map((a) => a.key);
  return keys.some((k) => k.startsWith(`redeem:${redemptionId}:`) && !keys.includes(`return:${k}`));
}

/**
 * The points, at the member's next free place; a place another tap took sends this one
 * to the next, while the limit allows. A refusal gives this call's unit back.
 */
async function spend(db: Database, read: RedeemRead, openid: string, redemptionId: string, unit: string, now: Date): Promise<RedeemEntry> {
  const { reward, user, config } = read;
  let slot = read.entries.reduce((next, e) => Math.max(next, e.slot + 1), 0);
  let taken = live(read).length;
  for (;;) {
    const key = redeemGrantKey(reward._id, openid, slot);
    const entry: RedeemEntry = {
      _id: key,
      openid,
      growth: 0,
      points: -reward.pointsCost,
      reason: `积分兑换：${reward.title}`,
      createdAt: now,
      kind: 'redeem',
      rewardId: reward._id,
      redemption: redemptionId,
      slot,
      unit,
      reversalId: `reversal:${key}`,
      coupon: reward.kind === 'perk' ? null : couponTerms(reward, now),
      perkId: reward.kind === 'perk' ? reward.perkId ?? null : null,
      voucherId: null,
    };
    if (entry.perkId) Object.assign(entry, { voucherId: `${redemptionId}_${entry.perkId}_0`, voucherDue: true });
    const { _id, openid: _o, growth: _g, points: _p, reason, createdAt: _c, ...fields } = entry;
    let posted: boolean;
    try {
      posted = await grant(db, openid, key, { growth: 0, points: -reward.pointsCost }, reason, config, now, { known: user, entry: fields });
    } catch (err) {
      // Refused (the points went meanwhile): nothing was written but the unit. Any other failure leaves the unit to the settling.
      if (err instanceof AppError) await giveBack(db, reward._id, unit, now);
      throw err;
    }
    if (posted) return entry;
    const holder = await getDoc<RedeemEntry>(db, 'grants', key);
    if (holder?.redemption === redemptionId) {
      // The same request, sent twice at once: the other tap's unit is the one it holds.
      if (holder.unit !== unit) await giveBack(db, reward._id, unit, now);
      return holder;
    }
    taken += 1;
    slot += 1;
    if (taken >= reward.perMember) {
      await giveBack(db, reward._id, unit, now);
      throw new AppError('LIMIT_EXCEEDED', `每人限兑 ${reward.perMember} 次`);
    }
  }
}

/** A repeat of a redemption already made (its grant exists): finishes what is left, answers what it gave. */
async function again(db: Database, read: RedeemRead, entry: RedeemEntry, now: Date): Promise<Redeemed> {
  if (read.refused.has(entry._id)) throw new AppError('REWARD_EXHAUSTED');
  const age = now.getTime() - new Date(entry.createdAt).getTime();
  let points = read.user?.points ?? 0;
  if (!spent(entry, read.user, now)) {
    // The call that wrote the grant died before its points moved: a repeat while it is young moves them (postings.ts).
    if (age > REPAIR_MS) throw new AppError('CONFLICT', '兑换正在处理，请稍后再看');
    // Refused (the points went meanwhile), the grant stays for the daily reconcile to move or take out, and the
    // unit stays named by it: given back only once no grant names it (settleRewardJournal), so never oversold.
    const { _id, openid, growth, points: cost, reason, createdAt: _c, ...fields } = entry;
    await grant(db, openid, _id, { growth, points: cost }, reason, read.config, now, { known: read.user, entry: fields });
    points += cost;
  }
  if (!entry.perkId) {
    const coupon = read.coupons.get(entry.redemption) ?? couponFrom(entry);
    if (!read.coupons.has(entry.redemption)) await insertOnce(db, 'coupons', coupon);
    return { coupon, voucherId: null, points };
  }
  // Issued, or still to be issued by the drain (which gives everything back if the perk refuses).
  return { coupon: null, voucherId: entry.voucherId!, points };
}

/** The coupon a redemption gives, as first written. */
export const couponFrom = (entry: RedeemEntry): CouponDoc => couponOf(entry.redemption, entry.openid, entry.rewardId, entry.coupon!, new Date(entry.createdAt));

/** A perk redemption's voucher issued, or (the perk refused: its total, the member's limit, switched off) its unit and points back; each step keyed, so once however many run it. */
export async function issueOrGiveBack(db: Database, entry: RedeemEntry, now: Date): Promise<void> {
  if (!(await issuePerkVoucher(db, entry, null, now))) await refuse(db, entry, now, '合作伙伴权益已领完，积分退回');
}

/** A refused redemption: its unit goes back to the reward, then its points (a reversal grant), each once. */
export async function refuse(db: Database, entry: RedeemEntry, now: Date, why: string): Promise<void> {
  await giveBack(db, entry.rewardId, entry.unit, now);
  await revokeGrant(db, entry._id, why, now, entry);
}
