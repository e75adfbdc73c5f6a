import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc, RefundDoc } from '../../shared/model';
import type { PaymentProvider, RefundResult } from '../../shared/providers/payment/port';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { logError } from '../../shared/runtime/logger';
import { undoOrderRewards } from './order-rewards';
import { leaveGroup } from './seats';
import { settleStockMoves } from './stock-moves';
import { refundStockMove } from '../../shared/domain/order';
import { voidCode } from '../../shared/verify-codes';
import { withdrawOrderVouchers } from '../../partner/flows/voucher-withdraw';
import { returnCouponInTx } from './coupons';
import { outRefundNoOf, recordRefundAnswer } from './refund-results';

const LEASE_MS = 2 * 60_000;
export const refundIdOf = (orderId: string) => `rf${orderId}`;

/** Minutes until the next try after `attempts` failures: 1, 2, 4 … at most an hour. */
export function refundBackoffMinutes(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1));
}

export interface RefundOptions {
  /** After-sale 退货退款: the brand received the goods back, so shipped units are restocked. */
  returnReceived?: boolean;
}

/**
 * Moves a paid, effective or completed (or late-paid, already cancelled) order to refunding and writes
 * its one refund record, whose id is the refund's idempotency key, in one
 * transaction on the buyer's own documents (a paid order's coupon comes back while still
 * valid; the per-user limit follows from the order's status: domain/buyer-limit.ts). Its units go back on sale afterwards by a stock move on the
 * deal, outside the transaction. Returns the refund id, or null when the order
 * was not refundable (already refunding, or never paid).
 */
export async function startRefund(
  db: Database,
  orderId: string,
  reason: string,
  now: Date,
  latePayment?: { transactionId: string; paidAt: Date },
  options: RefundOptions = {},
): Promise<string | null> {
  const refundId = refundIdOf(orderId);
  const started = await inTransaction(db, async (tx) => {
    const order = await txGet<OrderDoc>(tx, 'orders', orderId);
    if (!order) return null;
    const paid = order.status === 'paid' || order.status === 'effective' || order.status === 'completed';
    const late = order.status === 'cancelled' && latePayment && !order.transactionId;
    if (!paid && !late) return null;
    const move = refundStockMove(order, options.returnReceived);
    const stockMoves = [...(order.stockMoves ?? []), ...(move ? [move] : [])];
    await tx.collection('orders').doc(orderId).update({
      status: 'refunding',
      refundId,
      updatedAt: now,
      stockMoves,
      ...(late ? { transactionId: latePayment!.transactionId, paidAt: latePayment!.paidAt } : {}),
    });
    if (paid) await returnCouponInTx(tx, order, now);
    await tx.collection('refunds').add(newRefund(refundId, order, reason, now));
    return { ...order, stockMoves };
  });
  if (!started) return null;
  await settleStockMoves(db, started, now);
  return refundId;
}

function newRefund(refundId: string, order: OrderDoc, reason: string, now: Date): RefundDoc {
  return {
    _id: refundId,
    orderId: order._id,
    openid: order.openid,
    amountFen: order.amountFen,
    totalFen: order.amountFen,
    reason,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lockedUntil: null,
    lastError: null,
    providerRefundId: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * One attempt to pay a refund out. Claims the refund first (so two runners never
 * call the provider at once), sends the same out_refund_no every time, and on
 * failure schedules the next try. Never issues a refund twice. The platform's answer
 * decides what follows: SUCCESS → succeeded (the order refunded); PROCESSING →
 * processing (queried by retryRefunds, or told by refundNotify); ABNORMAL / CLOSED →
 * abnormal, for the brand.
 */
export async function attemptRefund(db: Database, provider: PaymentProvider, refundId: string, now: Date): Promise<RefundDoc['status'] | 'busy'> {
  const _ = db.command;
  const claim = await db
    .collection('refunds')
    .where({ _id: refundId, status: _.in(['pending', 'failed']), nextAttemptAt: _.lte(now) })
    .update({ attempts: _.inc(1), nextAttemptAt: new Date(now.getTime() + LEASE_MS), updatedAt: now });
  if (updatedCount(claim) !== 1) return 'busy';
  const refund = (await getDoc<RefundDoc>(db, 'refunds', refundId))!;
  let answer: RefundResult;
  try {
    answer = await provider.refund({
      outTradeNo: refund.orderId,
      outRefundNo: outRefundNoOf(refund),
      totalFen: refund.totalFen,
      refundFen: refund.amountFen,
      reason: refund.reason,
    });
  } catch (err) {
    const next = new Date(now.getTime() + refundBackoffMinutes(refund.attempts) * 60_000);
    await db
      .collection('refunds')
      .where({ _id: refundId, status: _.in(['pending', 'failed']) })
      .update({ status: 'failed', lastError: String((err as Error)?.message ?? err).slice(0, 300), nextAttemptAt: next, updatedAt: now });
    logError('refund_failed', { refundId, attempts: refund.attempts, error: String(err) });
    return 'failed';
  }
  return recordRefundAnswer(db, refund, { status: answer.status, refundId: answer.refundId, receivedAccount: null }, now);
}

/** Starts and, at once, attempts the refund of an order; its pickup code, if any, stops working, and its unused partner vouchers are withdrawn. */
export async function refundOrder(
  db: Database,
  provider: PaymentProvider,
  orderId: string,
  reason: string,
  now: Date,
  latePayment?: { transactionId: string; paidAt: Date },
  options: RefundOptions = {},
): Promise<void> {
  if (!latePayment) {
    // A paid member of a group still filling gives the seat back first, so the group can never fill with this order.
    const order = await getDoc<OrderDoc>(db, 'orders', orderId);
    if (order?.groupId && order.status === 'paid') await leaveGroup(db, order.groupId, orderId);
  }
  const refundId = (await startRefund(db, orderId, reason, now, latePayment, options)) ?? (await getDoc<OrderDoc>(db, 'orders', orderId))?.refundId;
  await voidCode(db, 'pickup', orderId);
  await withdrawOrderVouchers(db, orderId, now);
  await undoOrderRewards(db, orderId, now);
  if (refundId) await attemptRefund(db, provider, refundId, now);
}
