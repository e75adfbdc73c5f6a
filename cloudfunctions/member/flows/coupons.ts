import type { Database } from '../../shared/runtime/cloud';
import type { CouponTab, CouponView } from '../../shared/api';
import type { CouponDoc, RewardDoc } from '../../shared/model';
import { insertOnce } from '../../shared/runtime/documents';
import { couponStatusAt } from '../../shared/domain/coupon';
import { voucherExpiry } from '../../shared/domain/partner';

/** What a redemption's coupon gives, fixed when the points are spent (kept in its grant, see redeem.ts). */
export type CouponTerms = Pick<CouponDoc, 'title' | 'kind' | 'amountFen' | 'minSpendFen' | 'dealId' | 'dealTitle' | 'expiresAt'>;

/** The terms of a coupon of `reward` redeemed at `now`: valid to the end of the Shanghai day `validDays` ahead. */
export function couponTerms(reward: RewardDoc, now: Date): CouponTerms {
  return {
    title: reward.title,
    kind: reward.kind === 'sample' ? 'sample' : 'coupon',
    amountFen: reward.amountFen,
    minSpendFen: reward.kind === 'sample' ? 0 : reward.minSpendFen,
    dealId: reward.dealId,
    dealTitle: reward.dealTitle,
    expiresAt: voucherExpiry({ mode: 'days', days: reward.validDays }, now),
  };
}

/** A redemption's coupon as it is first written (its id is the redemption's). */
export function couponOf(redemptionId: string, openid: string, rewardId: string, terms: CouponTerms, createdAt: Date): CouponDoc {
  return { _id: redemptionId, openid, rewardId, ...terms, status: 'active', orderId: null, usedAt: null, createdAt, updatedAt: createdAt };
}

/** A redemption's coupon, once (its id is the redemption's). */
export async function issueCoupon(db: Database, redemptionId: string, openid: string, reward: RewardDoc, now: Date): Promise<CouponDoc> {
  const coupon = couponOf(redemptionId, openid, reward._id, couponTerms(reward, now), now);
  await insertOnce(db, 'coupons', coupon);
  return coupon;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function couponView(c: CouponDoc, now: Date): CouponView {
  return {
    couponId: c._id,
    title: c.title,
    kind: c.kind,
    amountFen: c.amountFen,
    minSpendFen: c.minSpendFen,
    dealId: c.dealId,
    dealTitle: c.dealTitle,
    status: couponStatusAt(c.status, new Date(c.expiresAt), now),
    orderId: c.orderId,
    expiresAt: iso(c.expiresAt),
    createdAt: iso(c.createdAt),
  };
}

/** The tab a coupon shows under: one held by an unpaid order is still 未使用 (it comes back if the order is cancelled). */
export function couponTab(status: CouponView['status']): CouponTab {
  return status === 'locked' ? 'active' : status;
}

/** A member holds a few coupons at most (the newest COUPONS_READ, read by redemption-state.ts): sorted (soonest expiry first; newest first once spent) and counted. */
export function couponList(coupons: CouponDoc[], tab: CouponTab | undefined, now: Date): { items: CouponView[]; counts: Record<CouponTab, number> } {
  const views = coupons.map((c) => couponView(c, now));
  const counts: Record<CouponTab, number> = { active: 0, used: 0, expired: 0 };
  for (const v of views) counts[couponTab(v.status)]++;
  const items = tab ? views.filter((v) => couponTab(v.status) === tab) : views;
  if (!tab || tab === 'active') items.sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  return { items, counts };
}
