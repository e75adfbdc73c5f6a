import type { Database } from '../../shared/runtime/cloud';
import type { DealDoc, OrderDoc, StockShardDoc } from '../../shared/model';
import { docsByIds, updatedCount } from '../../shared/runtime/documents';
import { MAX_STOCK_SHARDS, shardCount, shardsToTry } from '../../shared/domain/stock-shards';
import { leftIn, moveUnits, SHARDS, shardRef } from './stock-shards';

/** A reservation still being written: older than this, its function has died (they time out in seconds). */
export const HOLD_GRACE_MS = 2 * 60_000;

/** `token` tells apart holds of one order id taken at once (one buyer's checkouts racing for the same order slot). */
type Hold = { orderId: string; quantity: number; at: Date; token?: string };

/** Which shard a hold took its units from (0: the deal document). The order records it. */
export interface HeldStock {
  shard: number;
}

/**
 * Takes `quantity` units with one conditional update on one stock shard, exact under
 * any burst and without transactions on these hot documents. The shard is picked at
 * random (buyers spread over all of them); when it is short, one query finds the
 * shards that still have enough and the hold tries those. The hold names its order,
 * so a reservation that dies half-way can be found and undone. Null: sold out (or,
 * on the deal itself, no longer on sale).
 */
export async function holdStock(
  db: Database,
  dealOrId: Pick<DealDoc, '_id' | 'stockShards'> | string,
  orderId: string,
  quantity: number,
  now: Date,
  token?: string,
): Promise<HeldStock | null> {
  // Given only the id, the deal is taken as unsharded (shard 0 only): pass the deal as read.
  const deal = typeof dealOrId === 'string' ? { _id: dealOrId } : dealOrId;
  const n = shardCount(deal);
  const [first] = shardsToTry(n, Math.random());
  if (await holdOn(db, deal._id, first, orderId, quantity, now, token)) return { shard: first };
  if (!('stockShards' in deal) || deal.stockShards === undefined || deal.stockShards === null) return null; // never sharded: no other shard
  // Any shard with enough, also one past N (N was lowered; a release put units back there).
  const stocked = await db.collection(SHARDS).where({ dealId: deal._id, stockLeft: db.command.gte(quantity) }).field({ index: true }).limit(MAX_STOCK_SHARDS).get();
  const others = [0, ...(stocked.data as Pick<StockShardDoc, 'index'>[]).map((s) => s.index)].filter((i) => i !== first);
  const start = Math.floor(Math.random() * others.length);
  for (let k = 0; k < others.length; k++) {
    const shard = others[(start + k) % others.length];
    if (await holdOn(db, deal._id, shard, orderId, quantity, now, token)) return { shard };
  }
  // One unit and no shard has one: sold out. Several: together the shards may still have them.
  return quantity > 1 ? pooledHold(db, deal._id, orderId, quantity, now, token) : null;
}

/**
 * No shard has `quantity` on its own, yet together they may (several units at the
 * tail of the stock): bring units together on the deal (shard 0) and hold there. A
 * rival may take them first; then read again, a few times, while enough is left.
 */
async function pooledHold(db: Database, dealId: string, orderId: string, quantity: number, now: Date, token?: string): Promise<HeldStock | null> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const [own, rest] = await Promise.all([
      leftIn(db, shardRef(dealId, 0)),
      db.collection(SHARDS).where({ dealId, stockLeft: db.command.gt(0) }).field({ index: true, stockLeft: true }).limit(MAX_STOCK_SHARDS).get(),
    ]);
    const others = (rest.data as Pick<StockShardDoc, 'index' | 'stockLeft'>[]).sort((a, b) => b.stockLeft - a.stockLeft);
    if (own + others.reduce((n, s) => n + s.stockLeft, 0) < quantity) return null;
    let have = own;
    for (const shard of others) {
      if (have >= quantity) break;
      have += await moveUnits(db, dealId, shard.index, 0, Math.min(shard.stockLeft, quantity - have), now);
    }
    if (await holdOn(db, dealId, 0, orderId, quantity, now, token)) return { shard: 0 };
  }
  return null;
}

async function holdOn(db: Database, dealId: string, shard: number, orderId: string, quantity: number, now: Date, token?: string): Promise<boolean> {
  const _ = db.command;
  const ref = shardRef(dealId, shard);
  // The deal itself also checks it is on sale; another shard holds units only.
  const onSale = shard === 0 ? { status: 'active', startAt: _.lte(now), endAt: _.gt(now) } : {};
  const res = await db
    .collection(ref.collection)
    .where({ _id: ref.id, ...onSale, stockLeft: _.gte(quantity) })
    .update({ stockLeft: _.inc(-quantity), stockReserved: _.inc(quantity), holds: _.push({ orderId, quantity, at: now, ...(token ? { token } : {}) }) });
  return updatedCount(res) === 1;
}

/** The order is written: its hold is now the order itself. */
export async function settleHold(db: Database, dealId: string, orderId: string, shard = 0): Promise<void> {
  const ref = shardRef(dealId, shard);
  await db.collection(ref.collection).where({ _id: ref.id, 'holds.orderId': orderId }).update({ holds: db.command.pull({ orderId }) });
}

/** Gives a hold's units back to the shard they came from; idempotent (only while the hold is there). With a token, only that hold. */
export async function returnHold(db: Database, dealId: string, orderId: string, quantity: number, shard = 0, token?: string): Promise<void> {
  const _ = db.command;
  const ref = shardRef(dealId, shard);
  const which = token ? { 'holds.token': token } : { 'holds.orderId': orderId };
  await db
    .collection(ref.collection)
    .where({ _id: ref.id, ...which })
    .update({ stockLeft: _.inc(quantity), stockReserved: _.inc(-quantity), holds: _.pull(token ? { token } : { orderId }) });
}

/** Holds older than the grace, on deals and shards: settled if their order exists, returned if not (the count: holds returned). */
export async function sweepStaleHolds(db: Database, now: Date): Promise<number> {
  const _ = db.command;
  const [deals, shards] = await Promise.all([
    db.collection('deals').where({ 'holds.0': _.exists(true) }).field({ _id: true, holds: true }).limit(100).get(),
    db.collection(SHARDS).where({ 'holds.0': _.exists(true) }).field({ dealId: true, index: true, holds: true }).limit(100).get(),
  ]);
  const holders = [
    ...(deals.data as (Pick<DealDoc, '_id'> & { holds: Hold[] })[]).map((d) => ({ dealId: d._id, shard: 0, holds: d.holds })),
    ...(shards.data as StockShardDoc[]).map((s) => ({ dealId: s.dealId, shard: s.index, holds: (s.holds ?? []) as Hold[] })),
  ];
  let swept = 0;
  for (const { dealId, shard, holds } of holders) {
    const stale = holds.filter((hold) => now.getTime() - new Date(hold.at).getTime() >= HOLD_GRACE_MS);
    if (!stale.length) continue;
    // Checkouts leave settling to this sweep, so a rush leaves thousands: their orders in one query per
    // hundred, and the settled holds pulled from the shard in one write.
    const written = await docsByIds<OrderDoc>(db, 'orders', stale.map((hold) => hold.orderId));
    const settled = [...new Set(stale.filter((hold) => written.has(hold.orderId)).map((hold) => hold.orderId))];
    if (settled.length) {
      const ref = shardRef(dealId, shard);
      await db.collection(ref.collection).doc(ref.id).update({ holds: _.pull({ orderId: _.in(settled) }) });
    }
    // A hold without its order is given back, and counted.
    for (const hold of stale.filter((h) => !written.has(h.orderId))) {
      await returnHold(db, dealId, hold.orderId, hold.quantity, shard, hold.token);
      swept++;
    }
  }
  return swept;
}
