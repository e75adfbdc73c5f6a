import type { Database } from '../../shared/runtime/cloud';
import type { DealDoc, OrderDoc, StockShardDoc } from '../../shared/model';
import type { StockMove } from '../../shared/domain/order';
import { stockDelta } from '../../shared/domain/order';
import { applyOnce, JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';
import { SHARDS, shardRef } from './stock-shards';

/**
 * How an order's units move between the deal's counters (those of the stock shard
 * the order held from: see stock-shards.ts) after the order changed
 * state (paid: reserved → sold; cancelled: reserved → left; refunded: sold → left).
 *
 * The deal is a hot document, so it is never written inside a transaction. The
 * order's own state change (a conditional update or a transaction on the buyer's
 * documents) records the move it owes in `order.stockMoves`; the deal then takes
 * it with one conditional atomic update that also appends the move's key to the
 * deal's `applied` journal, and refuses a key already there, so a repeat (another
 * delivery, a retry, the repair pass) never applies a move twice. The order's
 * debt is cleared last. A crash in between leaves the debt on the order, and the
 * release timer's repair pass finishes it.
 *
 * Journal entries are pruned after JOURNAL_MS (runtime/journal.ts), and only
 * while no order of the deal owes a move.
 */
/** A debt older than this belongs to a call that died (calls finish in seconds). */
export const REPAIR_AFTER_MS = 2 * 60_000;

const moveKey = (move: StockMove, orderId: string) => `${move}:${orderId}`;

/** Applies each move the order still owes, in order; idempotent and safe to run at once. */
export async function settleStockMoves(db: Database, order: Pick<OrderDoc, '_id' | 'dealId' | 'quantity' | 'stockMoves' | 'stockShard'>, now: Date): Promise<void> {
  const _ = db.command;
  const shard = shardRef(order.dealId, order.stockShard);
  for (const move of order.stockMoves ?? []) {
    await applyOnce(db, shard.collection, shard.id, moveKey(move, order._id), stockDelta(move, order.quantity), now);
    await db.collection('orders').doc(order._id).update({ stockMoves: _.pull(move) });
  }
}

const BATCH = 100;

/**
 * The repair pass (release timer): finishes the moves of calls that died after
 * changing an order, then prunes journal entries old enough to be safe.
 */
export async function repairStockMoves(db: Database, now: Date): Promise<{ repaired: number; pruned: number }> {
  const _ = db.command;
  const owing = await db
    .collection('orders')
    .where({ 'stockMoves.0': _.exists(true), updatedAt: _.lte(new Date(now.getTime() - REPAIR_AFTER_MS)) })
    .limit(BATCH)
    .get();
  for (const order of owing.data as OrderDoc[]) await settleStockMoves(db, order, now);

  const cutoff = new Date(now.getTime() - JOURNAL_MS);
  const [deals, shards] = await Promise.all([
    db.collection('deals').where({ 'applied.at': _.lte(cutoff) }).field({ _id: true }).limit(BATCH).get(),
    db.collection(SHARDS).where({ 'applied.at': _.lte(cutoff) }).field({ _id: true, dealId: true }).limit(BATCH).get(),
  ]);
  const journals = [
    ...(deals.data as Pick<DealDoc, '_id'>[]).map((d) => ({ collection: 'deals', id: d._id, dealId: d._id })),
    ...(shards.data as Pick<StockShardDoc, '_id' | 'dealId'>[]).map((s) => ({ collection: SHARDS, id: s._id, dealId: s.dealId })),
  ];
  let pruned = 0;
  for (const journal of journals) {
    // While an order of the deal still owes a move, its key must stay in the journal.
    const owes = await db.collection('orders').where({ dealId: journal.dealId, 'stockMoves.0': _.exists(true) }).limit(1).get();
    if (owes.data.length) continue;
    pruned += await pruneJournal(db, journal.collection, journal.id, cutoff);
  }
  return { repaired: owing.data.length, pruned };
}
