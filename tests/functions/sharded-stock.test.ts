import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { checkout, dealDraft, gb, MINUTE, pay, readDeal, runTimer } from '../helpers/groupbuy';
import { holdStock, returnHold } from '../../cloudfunctions/groupbuy/flows/stock-holds';
import { shardRef } from '../../cloudfunctions/groupbuy/flows/stock-shards';
import { sumStock } from '../../cloudfunctions/shared/domain/stock-shards';
import type { DealDoc, OrderDoc, StockShardDoc } from '../../cloudfunctions/shared/model';
import { sandboxControl } from '../../cloudfunctions/shared/providers/payment';
import { now } from '../../cloudfunctions/shared/runtime/clock';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());
beforeEach(() => sandboxControl.reset());

const admin = async (data: Record<string, unknown>) => cloud.call('admin', data, 'demo-admin');
const draft = (stock: number, stockShards?: number) => dealDraft({ title: '爆款能量碗', perUserLimit: 5, stock, ...(stockShards !== undefined ? { stockShards } : {}) });

async function liveDeal(stock: number, stockShards?: number): Promise<string> {
  const created = await admin({ action: 'saveDeal', draft: draft(stock, stockShards) });
  expect(created.ok).toBe(true);
  const dealId = created.data.deal.dealId;
  await admin({ action: 'setDealStatus', dealId, status: 'active' });
  return dealId;
}

/** Every shard of the deal by index: 0 is the deal itself. */
async function shardsOf(dealId: string): Promise<Map<number, DealDoc | StockShardDoc>> {
  const deal = await readDeal(cloud, dealId);
  const rest = (await cloud.db.collection('stockShards').where({ dealId }).limit(100).get()).data as StockShardDoc[];
  return new Map<number, DealDoc | StockShardDoc>([[0, deal], ...rest.map((s) => [s.index, s] as [number, StockShardDoc])]);
}

/** The sharded form of assertDealInvariants: the sum over shards is conserved and matches the orders, shard by shard. */
async function assertShardedInvariants(dealId: string): Promise<ReturnType<typeof sumStock>> {
  const shards = await shardsOf(dealId);
  const deal = shards.get(0) as DealDoc;
  const total = sumStock(deal, [...shards.values()].slice(1));
  expect(total.stockLeft + total.stockReserved + total.stockSold + total.stockWrittenOff + total.stockMoving).toBe(deal.stockInitial);
  const orders = (await cloud.db.collection('orders').where({ dealId }).limit(1000).get()).data as OrderDoc[];
  expect(orders.filter((o) => o.stockMoves?.length)).toEqual([]);
  for (const [index, shard] of shards) {
    const mine = orders.filter((o) => (o.stockShard ?? 0) === index);
    const units = (statuses: string[]) => mine.filter((o) => statuses.includes(o.status)).reduce((n, o) => n + o.quantity, 0);
    expect([index, shard.stockLeft >= 0, shard.stockReserved, shard.stockSold]).toEqual([index, true, units(['pending_payment']), units(['paid', 'effective', 'completed'])]);
  }
  return total;
}

describe('sharded stock', () => {
  it('never holds more than the stock: 500 concurrent holds over 16 shards with 300 units hold exactly 300', async () => {
    const dealId = await liveDeal(300, 16);
    const deal = await readDeal(cloud, dealId);
    const before = await shardsOf(dealId);
    expect(before.size).toBe(16);
    expect([...before.values()].reduce((n, s) => n + s.stockLeft, 0)).toBe(300);

    const at = now();
    const holds = await Promise.all(Array.from({ length: 500 }, (_, i) => holdStock(cloud.db, deal, `rush-${i}`, 1, at)));
    const held = holds.map((h, i) => ({ h, orderId: `rush-${i}` })).filter((x) => x.h);
    expect(held).toHaveLength(300);
    const during = await shardsOf(dealId);
    for (const [index, shard] of during) {
      const mine = held.filter((x) => x.h!.shard === index);
      expect([index, shard.stockLeft, shard.stockReserved, shard.holds?.length]).toEqual([index, 0, mine.length, mine.length]);
    }
    // Buyers spread over the shards: every one of them took some.
    expect(new Set(held.map((x) => x.h!.shard)).size).toBe(16);

    // Each hold goes back to the shard it came from: every shard ends as it began.
    await Promise.all(held.map((x) => returnHold(cloud.db, dealId, x.orderId, 1, x.h!.shard)));
    const after = await shardsOf(dealId);
    for (const [index, shard] of after) expect([index, shard.stockLeft, shard.stockReserved, shard.holds]).toEqual([index, before.get(index)!.stockLeft, 0, []]);
  });

  it('through the shop: the buyers past the stock are told SOLD_OUT, and the deal page shows the exact sum', async () => {
    const dealId = await liveDeal(40, 8);
    const results = await Promise.all(Array.from({ length: 70 }, (_, i) => checkout(cloud, `shard-buyer-${i}`, { action: 'buySolo', dealId })));
    expect(results.filter((r) => r.ok)).toHaveLength(40);
    expect(results.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(Array(30).fill('SOLD_OUT'));
    const page = await gb(cloud, 'viewer', { action: 'getDeal', dealId });
    expect(page.deal).toMatchObject({ stockLeft: 0, phase: 'sold_out' });
    await assertShardedInvariants(dealId);

    // Paid, cancelled, expired and refunded orders each move their units in their own shard.
    const bought = results.map((r, i) => ({ orderId: r.data?.orderId as string, who: `shard-buyer-${i}` })).filter((b) => b.orderId);
    for (const { orderId } of bought.slice(0, 20)) await pay(cloud, orderId);
    for (const { orderId, who } of bought.slice(20, 25)) await gb(cloud, who, { action: 'cancelOrder', orderId });
    for (const { orderId } of bought.slice(0, 3)) expect((await admin({ action: 'refundOrder', orderId, reason: '顾客不要了' })).ok).toBe(true);
    cloud.clock.advance(16 * MINUTE);
    await runTimer(cloud, 'releaseReservations');
    const total = await assertShardedInvariants(dealId);
    expect(total).toMatchObject({ stockSold: 17, stockReserved: 0, stockLeft: 23 });
    // The timer settled every hold whose order was written, on every shard.
    expect([...(await shardsOf(dealId)).values()].map((s) => s.holds ?? [])).toEqual(Array(8).fill([]));
    expect((await gb(cloud, 'viewer', { action: 'getDeal', dealId })).deal).toMatchObject({ stockLeft: 23, soldCount: 17, phase: 'on_sale' });
    const listed = (await gb(cloud, 'viewer', { action: 'listDeals' })).items.find((d: { dealId: string }) => d.dealId === dealId);
    expect(listed).toMatchObject({ stockLeft: 23, soldCount: 17 });
  });

  it('changing the shard count or the stock of a live deal keeps the total exact while buyers buy', async () => {
    const dealId = await liveDeal(100);
    const buy = (from: number, count: number) =>
      Promise.all(Array.from({ length: count }, (_, i) => checkout(cloud, `reshard-${from + i}`, { action: 'buySolo', dealId })));
    await buy(0, 10);
    const [first] = await Promise.all([buy(10, 20), admin({ action: 'saveDeal', dealId, draft: draft(100, 16) })]);
    expect(first.filter((r) => r.ok)).toHaveLength(20);
    expect((await shardsOf(dealId)).size).toBe(16);
    expect(await assertShardedInvariants(dealId)).toMatchObject({ stockReserved: 30, stockLeft: 70 });

    const [second] = await Promise.all([buy(30, 20), admin({ action: 'saveDeal', dealId, draft: draft(120, 4) })]);
    expect(second.filter((r) => r.ok)).toHaveLength(20);
    expect(await assertShardedInvariants(dealId)).toMatchObject({ stockReserved: 50, stockLeft: 70 });
    expect((await readDeal(cloud, dealId)).stockShards).toBe(4);

    // Back to one shard: the units of orders held on shards past N still return there, and are sold from there.
    await admin({ action: 'saveDeal', dealId, draft: draft(120, 1) });
    cloud.clock.advance(16 * MINUTE);
    await runTimer(cloud, 'releaseReservations');
    expect(await assertShardedInvariants(dealId)).toMatchObject({ stockReserved: 0, stockLeft: 120 });
    expect((await gb(cloud, 'viewer', { action: 'getDeal', dealId })).deal.stockLeft).toBe(120);
    const lastRush = await Promise.all(Array.from({ length: 25 }, (_, i) => checkout(cloud, `reshard-late-${i}`, { action: 'buySolo', dealId, quantity: 5 })));
    expect(lastRush.filter((r) => r.ok)).toHaveLength(24);
    expect(await assertShardedInvariants(dealId)).toMatchObject({ stockReserved: 120, stockLeft: 0 });
    expect((await admin({ action: 'saveDeal', dealId, draft: draft(119, 2) })).error.code).toBe('INVALID_ARGUMENT');
  });

  it('units a rebalance left between two shards are landed by the release timer, once', async () => {
    const dealId = await liveDeal(32, 4);
    const from = shardRef(dealId, 2);
    const stale = new Date(now().getTime() - 10 * MINUTE);
    // What a rebalance leaves if it dies after the source gave its units up.
    await cloud.db.collection(from.collection).doc(from.id).update({
      stockLeft: cloud.db.command.inc(-8),
      transfers: cloud.db.command.push({ key: 'dead-move', to: 0, quantity: 8, at: stale }),
    });
    expect(await assertShardedInvariants(dealId)).toMatchObject({ stockLeft: 24, stockMoving: 8 });
    await Promise.all([runTimer(cloud, 'releaseReservations'), runTimer(cloud, 'releaseReservations')]);
    expect(await assertShardedInvariants(dealId)).toMatchObject({ stockLeft: 32, stockMoving: 0 });
    expect((await shardsOf(dealId)).get(0)!.stockLeft).toBe(16);
  });

  it('refuses a shard count outside 1..64', async () => {
    for (const n of [0, 65, 2.5]) expect((await admin({ action: 'saveDeal', draft: draft(10, n) })).error?.code).toBe('INVALID_ARGUMENT');
    const dealId = await liveDeal(10);
    expect((await admin({ action: 'getDeal', dealId })).data).toMatchObject({ deal: { stockShards: 1 }, draft: { stockShards: 1 } });
  });
});
