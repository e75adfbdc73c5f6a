import type { Database } from '../../shared/runtime/cloud';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';
import { releaseOrder, freeSeatOf } from './release';
import { releaseSeat } from './seats';
import { sweepStaleHolds } from './stock-holds';
import { repairStockMoves } from './stock-moves';
import { landStaleTransfers } from './stock-shards';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';

const BATCH = 200;

/**
 * Releases reservations whose payment window has passed: the unpaid orders, and
 * any seat left held without a live order (a join that died between its seat
 * and its order), and stock holds of reservations that died; then finishes the
 * stock moves of calls that died half-way (stock-moves.ts) and the units a
 * rebalance left between two stock shards (stock-shards.ts). Idempotent; safe to
 * run twice at once.
 */
export async function releaseExpiredReservations(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<Record<string, number>> {
  const _ = db.command;
  const due = await db
    .collection('orders')
    .where({ status: 'pending_payment', reservedUntil: _.lte(now) })
    .orderBy('reservedUntil', 'asc')
    .limit(BATCH)
    .get();
  let orders = 0;
  let more = await eachWithin(due.data as OrderDoc[], budget, async (order) => {
    if (await releaseOrder(db, order._id, now)) orders++;
  });
  if (budget.exhausted()) return { orders, seats: 0, holds: 0, stockRepaired: 0, journalPruned: 0, more: more || 1 };

  const held = await db
    .collection('groups')
    .where({ status: _.in(['pending', 'open']), 'heldOrderIds.0': _.exists(true) })
    .limit(BATCH)
    .get();
  let seats = 0;
  more += await eachWithin(held.data as GroupDoc[], budget, async (group) => {
    seats += await sweepGroup(db, group, now);
  });
  if (budget.exhausted()) return { orders, seats, holds: 0, stockRepaired: 0, journalPruned: 0, more: more || 1 };
  // Each of these is a bounded batch (at most a hundred deals or orders): one unit each.
  const holds = await sweepStaleHolds(db, now);
  const transfers = budget.exhausted() ? 0 : await landStaleTransfers(db, now);
  const { repaired, pruned } = budget.exhausted() ? { repaired: 0, pruned: 0 } : await repairStockMoves(db, now);
  return { orders, seats, holds, transfersLanded: transfers, stockRepaired: repaired, journalPruned: pruned, more };
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
