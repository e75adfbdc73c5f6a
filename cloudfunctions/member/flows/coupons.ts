import type { Database } from '../../shared/runtime/cloud';
import type { CouponTab, CouponView } from '../../shared/api';
import type { CouponDoc, RewardDoc } from '../../shared/model';
import { insertOnce } from '../../shared/runtime/documents';
import { couponStatusAt } from '../../shared/domain/coupon';
import { voucherExpiry } from '../../shared/domain/partner';

/** A redemption's coupon, once (its id is the redemption's); valid to the end of the Shanghai day `validDays` ahead. */
export async function issueCoupon(db: Database, redemptionId: string, openid: string, reward: RewardDoc, now: Date): Promise<CouponDoc> {
  const coupon: CouponDoc = {
    _id: redemptionId,
    openid,
    rewardId: reward._id,
    title: reward.title,
    kind: reward.kind === 'sample' ? 'sample' : 'coupon',
    amountFen: reward.amountFen,
    minSpendFen: reward.kind === 'sample' ? 0 : reward.minSpendFen,
    dealId: reward.dealId,
    dealTitle: reward.dealTitle,
    status: 'active',
    orderId: null,
    expiresAt: voucherExpiry({ mode: 'days', days: reward.validDays }, now),
    usedAt: null,
    createdAt: now,
    updatedAt: now,
  };
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

/** A member holds a few coupons at most: all are read, sorted (soonest expiry first; newest first once spent) and counted. */
export async function myCoupons(db: Database, openid: string, tab: CouponTab | undefined, now: Date): Promise<{ items: CouponView[]; counts: Record<CouponTab, number> }> {
  const res = await db.collection('coupons').where({ openid }).orderBy('createdAt', 'desc').limit(200).get();
  const views = (res.data as CouponDoc[]).map((c) => couponView(c, now));
  const counts: Record<CouponTab, number> = { active: 0, used: 0, expired: 0 };
  for (const v of views) counts[couponTab(v.status)]++;
  const items = tab ? views.filter((v) => couponTab(v.status) === tab) : views;
  if (!tab || tab === 'active') items.sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  return { items, counts };
}
