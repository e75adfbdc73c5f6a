import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';
import { releaseOrder, freeSeatOf } from './release';
import { releaseSeat } from './seats';
import { sweepStaleHolds } from './stock-holds';
import { repairStockMoves } from './stock-moves';

const BATCH = 200;

/**
 * Releases reservations whose payment window has passed: the unpaid orders, and
 * any seat left held without a live order (a join that died between its seat
 * and its order), and stock holds of reservations that died; then finishes the
 * stock moves of calls that died half-way (stock-moves.ts). Idempotent; safe to
 * run twice at once.
 */
export async function releaseExpiredReservations(db: Database, now: Date): Promise<Record<string, number>> {
  const _ = db.command;
  const due = await db
    .collection('orders')
    .where({ status: 'pending_payment', reservedUntil: _.lte(now) })
    .orderBy('reservedUntil', 'asc')
    .limit(BATCH)
    .get();
  let orders = 0;
  for (const order of due.data as OrderDoc[]) if (await releaseOrder(db, order._id, now)) orders++;

  const held = await db
    .collection('groups')
    .where({ status: _.in(['pending', 'open']), 'heldOrderIds.0': _.exists(true) })
    .limit(BATCH)
    .get();
  let seats = 0;
  for (const group of held.data as GroupDoc[]) seats += await sweepGroup(db, group, now);
  const holds = await sweepStaleHolds(db, now);
  const { repaired, pruned } = await repairStockMoves(db, now);
  return { orders, seats, holds, stockRepaired: repaired, journalPruned: pruned };
}

async function sweepGroup(db: Database, group: GroupDoc, now: Date): Promise<number> {
  let freed = 0;
  for (const orderId of group.heldOrderIds) {
    const member = group.members.find((m) => m.orderId === orderId);
    if (!member || new Date(member.reservedUntil) > now) continue;
    const order = await getDoc<OrderDoc>(db, 'orders', orderId);
    if (!order) {
      if (await releaseSeat(db, group._id, orderId)) freed++;
    } else if (order.status === 'pending_payment') {
      if (await releaseOrder(db, orderId, now)) freed++;
    } else if (order.status === 'cancelled') {
      await freeSeatOf(db, group._id, orderId, now);
      freed++;
    }
  }
  return freed;
}
