import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc } from '../../shared/model';
import type { PaymentNotification, PaymentProvider } from '../../shared/providers/payment/port';
import { PaymentRejected } from '../../shared/providers/payment/port';
import { getDoc } from '../../shared/runtime/documents';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { decidePayment } from '../../shared/domain/order';
import { afterPaid } from './group-progress';
import { refundOrder } from './refund';

export type PaymentOutcome = 'paid' | 'duplicate' | 'refunded_late' | 'ignored';

/**
 * Applies a verified payment notification to its order, exactly once however
 * often it is delivered. Throws PaymentRejected when it must change nothing.
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
    if (order.status === 'paid' || order.status === 'effective') await afterPaid(db, provider, order, now);
    return 'duplicate';
  }
  const paid = await markPaid(db, order._id, n, now);
  if (!paid) return applyPayment(db, provider, n, now); // another delivery or the release timer won: decide again
  await afterPaid(db, provider, paid, now);
  return 'paid';
}

/** pending_payment → paid, with the reserved stock counted as sold, in one transaction. */
async function markPaid(db: Database, orderId: string, n: PaymentNotification, now: Date): Promise<OrderDoc | null> {
  const _ = db.command;
  return inTransaction(db, async (tx) => {
    const order = await txGet<OrderDoc>(tx, 'orders', orderId);
    if (!order || order.status !== 'pending_payment') return null;
    const paid = { status: 'paid' as const, paidAt: n.paidAt, transactionId: n.transactionId, updatedAt: now };
    await tx.collection('orders').doc(orderId).update(paid);
    await tx.collection('deals').doc(order.dealId).update({
      stockReserved: _.inc(-order.quantity),
      stockSold: _.inc(order.quantity),
      updatedAt: now,
    });
    return { ...order, ...paid };
  });
}
