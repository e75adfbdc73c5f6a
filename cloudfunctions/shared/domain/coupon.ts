/**
 * Coupons (优惠券) bought with points: when one applies to an order and what it
 * takes off. Pure: the coupon, the order's goods and `now` are passed in.
 *
 * One mechanism, two kinds: 'coupon' takes amountFen off goods of at least
 * minSpendFen (optionally on one deal only); 'sample' (免费试吃) takes one unit of
 * its deal off, at the order's unit price. WeChat Pay needs at least 1 fen, so a
 * coupon never takes the goods below 1 fen: a free sample is paid ¥0.01.
 */
import type { Fen } from './money';

export type CouponKind = 'coupon' | 'sample';
/** active → locked (to an unpaid order) → used (paid); locked → active (the order was cancelled); active → expired. */
export type CouponStatus = 'active' | 'locked' | 'used' | 'expired';

export interface CouponTerms {
  kind: CouponKind;
  amountFen: Fen;
  minSpendFen: Fen;
  dealId: string | null;
  dealTitle?: string | null;
  status: CouponStatus;
  expiresAt: Date;
}

export interface CouponOrder {
  dealId: string;
  unitPriceFen: Fen;
  goodsFen: Fen;
}

export type CouponRefusal = 'USED' | 'EXPIRED' | 'OTHER_DEAL' | 'MIN_SPEND';

/** What the member sees: an active coupon past its expiry is expired, whether or not a timer marked it. */
export function couponStatusAt(status: CouponStatus, expiresAt: Date, now: Date): CouponStatus {
  return status === 'active' && expiresAt.getTime() <= now.getTime() ? 'expired' : status;
}

/** Why the coupon cannot be used on this order now, or null when it can. */
export function couponRefusal(coupon: CouponTerms, order: CouponOrder, now: Date): CouponRefusal | null {
  const status = couponStatusAt(coupon.status, coupon.expiresAt, now);
  if (status === 'expired') return 'EXPIRED';
  if (status !== 'active') return 'USED';
  if (coupon.dealId && coupon.dealId !== order.dealId) return 'OTHER_DEAL';
  if (order.goodsFen < coupon.minSpendFen) return 'MIN_SPEND';
  return null;
}

/** What the coupon takes off the goods: its amount (a sample: one unit), never leaving less than 1 fen to pay. */
export function couponDiscount(coupon: Pick<CouponTerms, 'kind' | 'amountFen'>, order: Pick<CouponOrder, 'unitPriceFen' | 'goodsFen'>): Fen {
  const worth = coupon.kind === 'sample' ? order.unitPriceFen : coupon.amountFen;
  return Math.max(0, Math.min(worth, order.goodsFen - 1));
}

export interface RankedCoupon<C> {
  coupon: C;
  discountFen: Fen;
  /** Null when usable; otherwise why not. */
  refusal: CouponRefusal | null;
}

/** Usable coupons first, the biggest discount (then the soonest expiry) first; then the others with why. */
export function rankCoupons<C extends CouponTerms>(coupons: C[], order: CouponOrder, now: Date): RankedCoupon<C>[] {
  const ranked = coupons.map((coupon) => {
    const refusal = couponRefusal(coupon, order, now);
    return { coupon, discountFen: refusal ? 0 : couponDiscount(coupon, order), refusal };
  });
  return ranked.sort(
    (a, b) =>
      Number(a.refusal !== null) - Number(b.refusal !== null) ||
      b.discountFen - a.discountFen ||
      a.coupon.expiresAt.getTime() - b.coupon.expiresAt.getTime(),
  );
}
