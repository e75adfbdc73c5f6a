import type { Database } from '../../shared/runtime/cloud';
import type { DealDoc, StockShardDoc, StockTransfer } from '../../shared/model';
import { insertOnce, updatedCount } from '../../shared/runtime/documents';
import { applyOnce } from '../../shared/runtime/journal';
import { newId } from '../../shared/runtime/ids';
import { sumStock } from '../../shared/domain/stock-shards';

/**
 * Where a sharded deal's stock lives. Shard 0 is the deal document itself (a deal with
 * one shard is unchanged); shards 1..N-1 are `stockShards/<dealId>_s<i>`, each with
 * the deal's counters (stockLeft, stockReserved, stockSold, stockWrittenOff), its own
 * holds and its own journal of applied moves. An order records the shard it held
 * from, and every later move of its units goes to that shard. A shard past N (after
 * N was lowered) keeps what its orders still owe it; the deal's stock is the sum of
 * every shard, so readers read them all.
 */
export interface ShardRef {
  collection: 'deals' | 'stockShards';
  id: string;
}

export const SHARDS = 'stockShards';
const MAX_READ = 1000;

export function shardRef(dealId: string, index: number | undefined): ShardRef {
  return index ? { collection: SHARDS, id: `${dealId}_s${index}` } : { collection: 'deals', id: dealId };
}

/** Every shard document (1..) of these deals, one query; none for unsharded deals. */
export async function readShards(db: Database, deals: Pick<DealDoc, '_id' | 'stockShards'>[]): Promise<StockShardDoc[]> {
  const ids = deals.filter((d) => d.stockShards !== undefined && d.stockShards !== null).map((d) => d._id);
  if (!ids.length) return [];
  const res = await db.collection(SHARDS).where({ dealId: db.command.in(ids) }).limit(MAX_READ).get();
  return res.data as StockShardDoc[];
}

/**
 * The deals with their stock figures summed over their shards, exact: what a shopper
 * or the brand sees. No read at all unless one of them was ever sharded.
 */
export async function withStockTotals<T extends DealDoc>(db: Database, deals: T[]): Promise<T[]> {
  const shards = await readShards(db, deals);
  if (!shards.length) return deals;
  return deals.map((deal) => totalOf(deal, shards.filter((s) => s.dealId === deal._id)));
}

/** One deal with its figures summed over the given shard documents (pure). */
export function totalOf<T extends DealDoc>(deal: T, shards: StockShardDoc[]): T {
  if (!shards.length) return deal;
  const { stockMoving: _moving, ...sum } = sumStock(deal, shards);
  return { ...deal, ...sum };
}

/** Creates shard documents 1..n-1 that do not exist yet (empty); idempotent. */
export async function ensureShards(db: Database, dealId: string, n: number, now: Date): Promise<void> {
  const make = (index: number): StockShardDoc => ({
    _id: shardRef(dealId, index).id, dealId, index, stockLeft: 0, stockReserved: 0, stockSold: 0, holds: [], applied: [], transfers: [], updatedAt: now,
  });
  await Promise.all(Array.from({ length: n - 1 }, (_, i) => insertOnce(db, SHARDS, make(i + 1))));
}

/**
 * Moves up to `quantity` unsold units from one shard to another, without a
 * transaction on either: the source gives them up and records the transfer (one
 * conditional update), the destination takes them once by the transfer's key, then
 * the source forgets it. A crash in between leaves the transfer on the source, and
 * the release timer lands it (landStaleTransfers). Returns the units moved.
 */
export async function moveUnits(db: Database, dealId: string, from: number, to: number, quantity: number, now: Date): Promise<number> {
  if (quantity <= 0 || from === to) return 0;
  const _ = db.command;
  const src = shardRef(dealId, from);
  const transfer: StockTransfer = { key: newId(), to, quantity, at: now };
  const res = await db
    .collection(src.collection)
    .where({ _id: src.id, stockLeft: _.gte(quantity) })
    .update({ stockLeft: _.inc(-quantity), transfers: _.push(transfer), updatedAt: now });
  if (updatedCount(res) !== 1) return 0;
  await landTransfer(db, dealId, from, transfer, now);
  return quantity;
}

/** The destination takes the transfer's units (once), then the source drops it. Idempotent. */
export async function landTransfer(db: Database, dealId: string, from: number, transfer: StockTransfer, now: Date): Promise<void> {
  const dst = shardRef(dealId, transfer.to);
  const landed = await applyOnce(db, dst.collection, dst.id, `move:${transfer.key}`, { stockLeft: transfer.quantity }, now);
  if (landed === 'refused') return; // no such shard yet: the units stay in flight, counted, until a sweep lands them
  const src = shardRef(dealId, from);
  await db.collection(src.collection).where({ _id: src.id, 'transfers.key': transfer.key }).update({ transfers: db.command.pull({ key: transfer.key }) });
}

/** What one shard has left now (0 when it does not exist). */
export async function leftIn(db: Database, ref: ShardRef): Promise<number> {
  const res = await db.collection(ref.collection).doc(ref.id).field({ stockLeft: true }).get();
  return Number((res.data as { stockLeft?: number }[])[0]?.stockLeft ?? 0);
}

/** Brings every other shard's unsold units home to the deal (shard 0), racing buyers: a refused move reads again. */
export async function gatherStock(db: Database, deal: Pick<DealDoc, '_id' | 'stockShards'>, now: Date): Promise<void> {
  const shards = await readShards(db, [deal]);
  await Promise.all(
    shards.map(async (shard) => {
      for (let attempt = 0, left = shard.stockLeft; left > 0 && attempt < 8; attempt++) {
        if (!(await moveUnits(db, deal._id, shard.index, 0, left, now))) left = await leftIn(db, shardRef(deal._id, shard.index));
        else break;
      }
    }),
  );
}

/**
 * Deals the deal's unsold units out from shard 0 to shards 1..n-1, an equal share
 * each (shard 0 keeps its own and the remainder). Buyers meanwhile take from the deal
 * or from a shard already filled: nothing is ever sold twice, only spread less evenly.
 */
export async function spreadStock(db: Database, deal: Pick<DealDoc, '_id'>, n: number, now: Date): Promise<void> {
  if (n <= 1) return;
  await ensureShards(db, deal._id, n, now);
  const share = Math.floor((await leftIn(db, shardRef(deal._id, 0))) / n);
  if (share <= 0) return;
  await Promise.all(Array.from({ length: n - 1 }, (_, i) => moveUnits(db, deal._id, 0, i + 1, share, now)));
}

/** Transfers still in flight after this long belong to a call that died. */
const TRANSFER_GRACE_MS = 2 * 60_000;

/** The release timer's part: lands transfers a dead call left on their source. */
export async function landStaleTransfers(db: Database, now: Date): Promise<number> {
  const _ = db.command;
  const before = new Date(now.getTime() - TRANSFER_GRACE_MS);
  const [deals, shards] = await Promise.all([
    db.collection('deals').where({ 'transfers.at': _.lte(before) }).field({ _id: true, transfers: true }).limit(100).get(),
    db.collection(SHARDS).where({ 'transfers.at': _.lte(before) }).field({ dealId: true, index: true, transfers: true }).limit(100).get(),
  ]);
  const sources = [
    ...(deals.data as Pick<DealDoc, '_id' | 'transfers'>[]).map((d) => ({ dealId: d._id, index: 0, transfers: d.transfers ?? [] })),
    ...(shards.data as StockShardDoc[]).map((s) => ({ dealId: s.dealId, index: s.index, transfers: s.transfers ?? [] })),
  ];
  let landed = 0;
  for (const source of sources) {
    for (const t of source.transfers.filter((t) => new Date(t.at) <= before)) {
      await landTransfer(db, source.dealId, source.index, t, now);
      landed++;
    }
  }
  return landed;
}
