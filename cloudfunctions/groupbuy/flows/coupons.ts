import type { Database } from '../../shared/runtime/cloud';
import type { CouponDoc, OrderDoc } from '../../shared/model';
import type { Fen } from '../../shared/domain/money';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc } from '../../shared/runtime/documents';
import { Tx, txGet } from '../../shared/runtime/transaction';
import { couponDiscount, CouponOrder, couponRefusal, couponStatusAt } from '../../shared/domain/coupon';

/**
 * A coupon at checkout. It is the buyer's own document, so it moves inside the
 * transactions on the buyer's documents that move the order (never the deal's or
 * the group's): locked with the unpaid order, back to active when that order is
 * cancelled, used once it is paid, and back again on a refund while still valid.
 */
const unavailable = () => new AppError('COUPON_UNAVAILABLE');

/** The discount of the caller's coupon on this order, or COUPON_UNAVAILABLE; read before anything is written. */
export async function checkCoupon(db: Database, couponId: string | undefined, openid: string, order: CouponOrder, now: Date): Promise<Fen> {
  if (!couponId) return 0;
  const coupon = await getDoc<CouponDoc>(db, 'coupons', couponId);
  if (!coupon || coupon.openid !== openid) throw unavailable();
  const refusal = couponRefusal({ ...coupon, expiresAt: new Date(coupon.expiresAt) }, order, now);
  if (refusal) throw unavailable();
  return couponDiscount(coupon, order);
}

/** In the order's transaction: the coupon, still active and valid, is locked to it (two checkouts: one wins, the other writes nothing). */
export async function lockCouponInTx(tx: Tx, couponId: string, openid: string, orderId: string, now: Date): Promise<void> {
  const coupon = await txGet<CouponDoc>(tx, 'coupons', couponId);
  if (!coupon || coupon.openid !== openid || couponStatusAt(coupon.status, new Date(coupon.expiresAt), now) !== 'active') throw unavailable();
  await tx.collection('coupons').doc(couponId).update({ status: 'locked', orderId, updatedAt: now });
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

/** The order was paid: its coupon is used (a conditional update; a repeat changes nothing). */
export async function useCoupon(db: Database, order: Pick<OrderDoc, '_id' | 'couponId'>, now: Date): Promise<void> {
  if (!order.couponId) return;
  await db.collection('coupons').where({ _id: order.couponId, status: 'locked', orderId: order._id }).update({ status: 'used', usedAt: now, updatedAt: now });
}
