import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { dealUserKey } from './reserve';
import { releaseSeat } from './seats';
import { settleStockMoves } from './stock-moves';
import { returnCouponInTx } from './coupons';

/**
 * Cancels an unpaid order and gives back what it held: the per-user limit and its
 * coupon (in a transaction on the buyer's own documents, where the order's status decides),
 * then its stock (a stock move on the deal, outside the transaction) and its
 * seat. Returns false when the order is no longer unpaid (a payment won).
 * Safe to run twice at once.
 */
export async function releaseOrder(db: Database, orderId: string, now: Date): Promise<boolean> {
  const _ = db.command;
  const order = await inTransaction(db, async (tx) => {
    const current = await txGet<OrderDoc>(tx, 'orders', orderId);
    if (!current || current.status !== 'pending_payment') return null;
    const stockMoves = [...(current.stockMoves ?? []), 'release' as const];
    await tx.collection('orders').doc(orderId).update({ status: 'cancelled', cancelledAt: now, updatedAt: now, stockMoves });
    await tx.collection('dealUsers').doc(dealUserKey(current.dealId, current.openid)).update({ quantity: _.inc(-current.quantity) });
    await returnCouponInTx(tx, current, now);
    return { ...current, stockMoves };
  });
  if (!order) return false;
  await settleStockMoves(db, order, now);
  if (order.groupId) await freeSeatOf(db, order.groupId, orderId, now);
  return true;
}

/** The seat of a cancelled order; a group whose leader never paid closes unseen. */
export async function freeSeatOf(db: Database, groupId: string, orderId: string, now: Date): Promise<void> {
  await releaseSeat(db, groupId, orderId);
  const group = await getDoc<GroupDoc>(db, 'groups', groupId);
  if (group && group.status === 'pending' && group.leaderOrderId === orderId) {
    await db.collection('groups').where({ _id: groupId, status: 'pending' }).update({ status: 'failed', closedAt: now });
  }
}
