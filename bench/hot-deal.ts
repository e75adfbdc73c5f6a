import type { TestCloud } from '../tests/helpers/test-cloud';
import { makeDeal, readDeal } from '../tests/helpers/groupbuy';
import { holdStock, HOLD_GRACE_MS, sweepStaleHolds } from '../cloudfunctions/groupbuy/flows/stock-holds';
import { settleStockMoves } from '../cloudfunctions/groupbuy/flows/stock-moves';
import { spreadStock, withStockTotals } from '../cloudfunctions/groupbuy/flows/stock-shards';
import { now } from '../cloudfunctions/shared/runtime/clock';
import { fmt, pool, row, timeIt } from './util';

/** Buyers in flight at once: the counts do not depend on it; more only queue longer on the one document. */
const CONCURRENCY = 16;

export interface HotDealFigures {
  shards: number;
  busiest: { collection: string; id: string; writes: number } | null;
  seconds: number;
  writesPerSecond: number;
}

/**
 * The load model of a viral deal: `buyers` shoppers, CONCURRENCY at a time, each taking one unit
 * through the stock path every checkout and payment takes (hold on a shard, the order
 * written, the payment's sell move; then the release timer settles the holds, one write
 * per shard), on one deal with its stock on one document and on 16. The emulator counts committed writes per document; the figure is
 * the busiest stock document's writes, in all and per second of the run. The orders are
 * each buyer's own documents and are left out. Returns the figures; prints them and the ratio.
 */
export async function benchHotDeal(cloud: TestCloud, buyers = 2000): Promise<{ runs: HotDealFigures[]; ratio: number }> {
  console.log(`\nHot deal: ${fmt(buyers)} buyers on one deal (hold, order, payment, the timer settling holds), writes on its busiest stock document`);
  const runs: HotDealFigures[] = [];
  for (const shards of [1, 16]) runs.push(await run(cloud, buyers, shards));
  const [one, sixteen] = runs;
  const ratio = one.busiest && sixteen.busiest ? sixteen.busiest.writes / one.busiest.writes : NaN;
  row('16 shards ÷ 1 shard, busiest document writes', `${fmt(ratio, 3)} (goal ≤ 0.100)`);
  return { runs, ratio };
}

async function run(cloud: TestCloud, buyers: number, shards: number): Promise<HotDealFigures> {
  const db = cloud.db;
  const dealId = await makeDeal(cloud, { stockInitial: buyers, perUserLimit: 1 });
  if (shards > 1) {
    await db.collection('deals').doc(dealId).update({ stockShards: shards });
    await spreadStock(db, { _id: dealId }, shards, now());
  }
  const deal = await readDeal(cloud, dealId);
  const writes = cloud.store.docWrites;
  writes.reset();
  let soldOut = 0;
  const { ms } = await timeIt(() =>
    pool(buyers, CONCURRENCY, async (i) => {
      const at = now();
      const orderId = `hot-${shards}-${i}`;
      const held = await holdStock(db, deal, orderId, 1, at);
      if (!held) return void soldOut++;
      const order = { _id: orderId, dealId, quantity: 1, stockShard: held.shard, stockMoves: ['sell' as const], status: 'paid', createdAt: at, updatedAt: at };
      await db.collection('orders').add(order);
      await settleStockMoves(db, order, at);
    }),
  );
  // Checkouts leave their holds for the release timer to settle, in one write per shard.
  cloud.clock.advance(HOLD_GRACE_MS);
  await sweepStaleHolds(db, now());
  const busiest = [writes.busiest('deals'), writes.busiest('stockShards')].reduce((a, b) => (b && (!a || b.writes > a.writes) ? b : a), null);
  const [total] = await withStockTotals(db, [await readDeal(cloud, dealId)]);
  const seconds = ms / 1000;
  const figures = { shards, busiest, seconds, writesPerSecond: busiest ? busiest.writes / seconds : 0 };
  row(
    `${shards} shard${shards > 1 ? 's' : ''}: busiest document writes (per second)`,
    `${fmt(busiest?.writes ?? 0)} (${fmt(figures.writesPerSecond)}/s over ${fmt(seconds, 1)} s; ${busiest?.collection ?? '-'})`,
  );
  row(`${shards} shard${shards > 1 ? 's' : ''}: sold / left / sold out`, `${fmt(total.stockSold)} / ${fmt(total.stockLeft)} / ${fmt(soldOut)}`);
  return figures;
}
