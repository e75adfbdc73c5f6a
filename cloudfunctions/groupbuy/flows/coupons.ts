import type { Database } from '../../shared/runtime/cloud';
import type { CouponDoc, OrderDoc } from '../../shared/model';
import type { Fen } from '../../shared/domain/money';
import { AppError } from '../../shared/runtime/app-error';
import { Tx, txGet } from '../../shared/runtime/transaction';
import { couponDiscount, CouponOrder, couponRefusal } from '../../shared/domain/coupon';

/**
 * A coupon at checkout. It is the buyer's own document: locked to the unpaid order
 * by one conditional update right after the order is written (payOrder locks it
 * again before handing out payment parameters, should the checkout have died in
 * between), back to active when that order is cancelled (in the transaction on the
 * buyer's documents that cancels it), used once it is paid, and back again on a
 * refund while still valid.
 */
const unavailable = () => new AppError('COUPON_UNAVAILABLE');

/**
 * A coupon locked to an order that was cancelled since (its cancel died before
 * giving the coupon back): the coupon is free again, and the next checkout takes
 * it over from that order. The id of that order, or null.
 */
export function staleLock(coupon: CouponDoc | null, holder: Pick<OrderDoc, '_id' | 'status'> | null): string | null {
  return coupon?.status === 'locked' && coupon.orderId && holder?._id === coupon.orderId && holder.status === 'cancelled' ? coupon.orderId : null;
}

/** The discount of the caller's coupon (as the checkout read it) on this order, or COUPON_UNAVAILABLE; nothing is written. */
export function couponDiscountOf(coupon: CouponDoc | null, couponId: string | undefined, openid: string, order: CouponOrder, now: Date, stale: string | null = null): Fen {
  if (!couponId) return 0;
  if (!coupon || coupon._id !== couponId || coupon.openid !== openid) throw unavailable();
  const refusal = couponRefusal({ ...coupon, status: stale ? 'active' : coupon.status, expiresAt: new Date(coupon.expiresAt) }, order, now);
  if (refusal) throw unavailable();
  return couponDiscount(coupon, order);
}

/**
 * Locks the coupon to the order just written, with one conditional update (still
 * the caller's; active and unexpired, or taken over from the cancelled order `stale`;
 * or locked to this order already): of two checkouts with one coupon, one locks it
 * and the other is refused.
 */
export async function lockCoupon(db: Database, couponId: string, openid: string, orderId: string, now: Date, stale: string | null = null): Promise<boolean> {
  const _ = db.command;
  const unexpired = _.gt(now);
  const free = [{ status: 'locked', orderId }, { status: 'active', expiresAt: unexpired }, ...(stale ? [{ status: 'locked', orderId: stale, expiresAt: unexpired }] : [])];
  const res = await db
    .collection('coupons')
    .where(_.and([{ _id: couponId, openid }, _.or(free)]))
    .updateAndReturn({ status: 'locked', orderId, updatedAt: now });
  return Boolean((res as { doc?: unknown }).doc);
}

/**
 * In the transaction that cancels or refunds the order: its coupon comes back
 * (active again; read-time expiry applies), unless it is past its expiry when
 * a paid order is refunded, then it stays used.
 */
export async function returnCouponInTx(tx: Tx, order: Pick<OrderDoc, '_id' | 'couponId'>, now: Date): Promise<void> {
  if (!order.couponId) return;
  const coupon = await txGet<CouponDoc>(tx, 'coupons', order.couponId);
  if (!coupon || coupon.orderId !== order._id || (coupon.status !== 'locked' && coupon.status !== 'used')) return;
  if (coupon.status === 'used' && new Date(coupon.expiresAt) <= now) return;
  await tx.collection('coupons').doc(coupon._id).update({ status: 'active', orderId: null, usedAt: null, updatedAt: now });
}

/**
 * The order was cancelled (no transaction): its coupon comes back, as in
 * returnCouponInTx, by one conditional update on the coupon still held by this order.
 */
export async function returnCoupon(db: Database, order: Pick<OrderDoc, '_id' | 'couponId'>, now: Date): Promise<void> {
  if (!order.couponId) return;
  const _ = db.command;
  await db
    .collection('coupons')
    .where(_.and([{ _id: order.couponId, orderId: order._id }, _.or([{ status: 'locked' }, { status: 'used', expiresAt: _.gt(now) }])]))
    .update({ status: 'active', orderId: null, usedAt: null, updatedAt: now });
}

/** The order was paid: its coupon is used (a conditional update; a repeat changes nothing). */
export async function useCoupon(db: Database, order: Pick<OrderDoc, '_id' | 'couponId'>, now: Date): Promise<void> {
  if (!order.couponId) return;
  await db.collection('coupons').where({ _id: order.couponId, status: 'locked', orderId: order._id }).update({ status: 'used', usedAt: now, updatedAt: now });
}
