/**
 * Sharded stock: a hot deal's units are spread over N documents so a rush of buyers
 * spreads its writes instead of queueing on one. The deal itself is shard 0, so a deal
 * with one shard (the default) is exactly what it always was. Pure rules, no I/O.
 */
export const MAX_STOCK_SHARDS = 64;

export interface StockFigures {
  stockLeft: number;
  stockReserved: number;
  stockSold: number;
  stockWrittenOff?: number;
  /** Units between two shards during a rebalance: neither's to sell, both's to count. */
  transfers?: { quantity: number }[];
}

/** How many shards a deal's stock is spread over (absent or out of range: 1). */
export function shardCount(deal: { stockShards?: number | null }): number {
  const n = deal.stockShards;
  return Number.isInteger(n) && n! >= 1 && n! <= MAX_STOCK_SHARDS ? n! : 1;
}

/**
 * The order in which a hold tries the shards: from a random one onwards, so buyers
 * spread over all of them and an empty shard sends its buyer to the next.
 */
export function shardsToTry(n: number, random: number): number[] {
  const start = Math.min(n - 1, Math.floor(random * n));
  return Array.from({ length: n }, (_, i) => (start + i) % n);
}

/** The deal's stock: the sum over its shards (the deal's own counters plus every other shard's). */
export function sumStock(deal: StockFigures, shards: StockFigures[]): Required<Omit<StockFigures, 'transfers'>> & { stockMoving: number } {
  const all = [deal, ...shards];
  const sum = (pick: (s: StockFigures) => number) => all.reduce((n, s) => n + pick(s), 0);
  return {
    stockLeft: sum((s) => s.stockLeft),
    stockReserved: sum((s) => s.stockReserved),
    stockSold: sum((s) => s.stockSold),
    stockWrittenOff: sum((s) => s.stockWrittenOff ?? 0),
    stockMoving: sum((s) => (s.transfers ?? []).reduce((n, t) => n + t.quantity, 0)),
  };
}

/** `total` units over `n` shards as evenly as they go: shard i gets its share, the first ones one more. */
export function evenSplit(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total % n ? 1 : 0));
}
