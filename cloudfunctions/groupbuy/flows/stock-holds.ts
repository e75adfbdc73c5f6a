import type { Database } from '../../shared/runtime/cloud';
import type { DealDoc, OrderDoc } from '../../shared/model';
import { getDoc, updatedCount } from '../../shared/runtime/documents';

/** A reservation still being written: older than this, its function has died (they time out in seconds). */
export const HOLD_GRACE_MS = 2 * 60_000;

/**
 * Takes `quantity` units with one conditional update on the deal, exact under any
 * burst and without transactions on this hot document. The hold names its order,
 * so a reservation that dies half-way can be found and undone.
 */
export async function holdStock(db: Database, dealId: string, orderId: string, quantity: number, now: Date): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection('deals')
    .where({ _id: dealId, status: 'active', startAt: _.lte(now), endAt: _.gt(now), stockLeft: _.gte(quantity) })
    .update({ stockLeft: _.inc(-quantity), stockReserved: _.inc(quantity), holds: _.push({ orderId, quantity, at: now }) });
  return updatedCount(res) === 1;
}

/** The order is written: its hold is now the order itself. */
export async function settleHold(db: Database, dealId: string, orderId: string): Promise<void> {
  await db.collection('deals').where({ _id: dealId, 'holds.orderId': orderId }).update({ holds: db.command.pull({ orderId }) });
}

/** Gives a hold's units back; idempotent (only while the hold is there). */
export async function returnHold(db: Database, dealId: string, orderId: string, quantity: number): Promise<void> {
  const _ = db.command;
  await db
    .collection('deals')
    .where({ _id: dealId, 'holds.orderId': orderId })
    .update({ stockLeft: _.inc(quantity), stockReserved: _.inc(-quantity), holds: _.pull({ orderId }) });
}

/** Holds left behind by reservations that died: settled if their order exists, returned if not. */
export async function sweepStaleHolds(db: Database, now: Date): Promise<number> {
  const deals = await db.collection('deals').where({ 'holds.0': db.command.exists(true) }).limit(100).get();
  let swept = 0;
  for (const deal of deals.data as (DealDoc & { holds: { orderId: string; quantity: number; at: Date }[] })[]) {
    for (const hold of deal.holds) {
      if (now.getTime() - new Date(hold.at).getTime() < HOLD_GRACE_MS) continue;
      if (await getDoc<OrderDoc>(db, 'orders', hold.orderId)) await settleHold(db, deal._id, hold.orderId);
      else await returnHold(db, deal._id, hold.orderId, hold.quantity);
      swept++;
    }
  }
  return swept;
}
