import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';
import { failPendingGroup, releaseSeat } from './seats';
import { settleStockMoves } from './stock-moves';
import { returnCoupon } from './coupons';

export interface Released {
  /** The order as cancelled. */
  order: OrderDoc;
  /** Its group after the seat went back (null: a solo order, or no group). */
  group: GroupDoc | null;
}

/**
 * Cancels an unpaid order and gives back what it held, with no transaction: the
 * order's own conditional update (pending_payment → cancelled, owing the stock
 * move back) decides against a payment or another release at the same moment; the
 * per-user limit follows from that status (domain/buyer-limit.ts); then its coupon
 * comes back (a conditional update), its stock (a stock move on its shard) and its
 * seat. A crash part-way is finished by the timers: the stock move by the repair
 * pass, the seat by the release sweep, the coupon on its next checkout.
 * Null when the order is no longer unpaid (a payment won). Safe to run twice at once.
 * With `openid`, only that buyer's order.
 */
export async function releaseOrder(db: Database, orderId: string, now: Date, openid?: string): Promise<Released | null> {
  const _ = db.command;
  const res = await db
    .collection('orders')
    .where({ _id: orderId, status: 'pending_payment', ...(openid ? { openid } : {}) })
    .updateAndReturn({ status: 'cancelled', cancelledAt: now, updatedAt: now, stockMoves: _.push('release') });
  const cancelled = ((res as { doc?: OrderDoc | null }).doc ?? null) as OrderDoc | null;
  if (!cancelled) return null;
  await returnCoupon(db, cancelled, now);
  await settleStockMoves(db, cancelled, now);
  const group = cancelled.groupId ? await freeSeatOf(db, cancelled.groupId, orderId, now, Boolean(cancelled.leadsGroup)) : null;
  return { order: { ...cancelled, stockMoves: [] }, group };
}

/**
 * The seat of a cancelled order; a group whose leader never paid closes unseen.
 * `leads`: the order started the group (one update then). The group afterwards.
 */
export async function freeSeatOf(db: Database, groupId: string, orderId: string, now: Date, leads?: boolean): Promise<GroupDoc | null> {
  const failed = leads ? await failPendingGroup(db, groupId, orderId, now) : null;
  if (failed) return failed;
  const group = (await releaseSeat(db, groupId, orderId)) ?? (await getDoc<GroupDoc>(db, 'groups', groupId));
  if (group && group.status === 'pending' && group.leaderOrderId === orderId) {
    await db.collection('groups').where({ _id: groupId, status: 'pending' }).update({ status: 'failed', closedAt: now });
    return { ...group, status: 'failed', closedAt: now };
  }
  return group;
}
