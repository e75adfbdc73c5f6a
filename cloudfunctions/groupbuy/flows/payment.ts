import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc } from '../../shared/model';
import type { PaymentNotification, PaymentProvider } from '../../shared/providers/payment/port';
import { PaymentRejected } from '../../shared/providers/payment/port';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { settleStockMoves } from './stock-moves';
import { decidePayment } from '../../shared/domain/order';
import { refundOrder } from './refund';
import { useCoupon } from './coupons';

export type PaymentOutcome = 'paid' | 'duplicate' | 'refunded_late' | 'ignored';

/**
 * Applies a verified payment notification to its order, exactly once however
 * often it is delivered. Throws PaymentRejected when it must change nothing.
 * Only what makes the payment durable happens here (the order paid, its stock
 * and coupon); the rest is the order's outbox task (paid-work.ts), so the
 * platform gets its answer in a few round trips.
 */
export async function applyPayment(db: Database, provider: PaymentProvider, n: PaymentNotification, now: Date): Promise<PaymentOutcome> {
  if (n.tradeState !== 'SUCCESS') return 'ignored';
  const order = await getDoc<OrderDoc>(db, 'orders', n.outTradeNo);
  if (!order) throw new PaymentRejected('unknown order');
  const decision = decidePayment(order, n);
  if (decision.kind === 'reject') throw new PaymentRejected(decision.reason);
  if (decision.kind === 'refund_late') {
    await refundOrder(db, provider, order._id, '支付超时，订单已取消，自动退款', now, { transactionId: n.transactionId, paidAt: n.paidAt });
    return 'refunded_late';
  }
  if (decision.kind === 'already_applied') {
    // A repeat finishes whatever a first delivery that died left undone (its outbox task stays for the drain).
    await settleStockMoves(db, order, now);
    await useCoupon(db, order, now);
    return 'duplicate';
  }
  const paid = await markPaid(db, order, n, now);
  if (!paid) return applyPayment(db, provider, n, now); // another delivery or the release timer won: decide again
  return 'paid';
}

/**
 * pending_payment → paid with one conditional update of the buyer's order (no
 * transaction, so a rush of buyers on one deal never conflicts); the reserved
 * units then count as sold through the stock-move journal (keyed by the order).
 */
async function markPaid(db: Database, order: OrderDoc, n: PaymentNotification, now: Date): Promise<OrderDoc | null> {
  const paid = { status: 'paid' as const, paidAt: n.paidAt, transactionId: n.transactionId, updatedAt: now, stockMoves: ['sell' as const], paidWorkDue: true as const };
  const res = await db.collection('orders').where({ _id: order._id, status: 'pending_payment' }).update(paid);
  if (updatedCount(res) !== 1) return null;
  const marked = { ...order, ...paid };
  await settleStockMoves(db, marked, now);
  await useCoupon(db, marked, now);
  return { ...marked, stockMoves: [] };
}
