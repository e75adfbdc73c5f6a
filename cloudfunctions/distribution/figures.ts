import type { Database } from '../shared/runtime/cloud';
import type { WalletDoc } from '../shared/ledger';
import { Aggregate, aggregateFew, lookupById } from '../shared/runtime/aggregate';

/**
 * A distributor's money in its three states and their audience, as the leader centre and the
 * admin show them. Each counts the rows of a list beside it: `orders` the commissions (one per
 * order that became effective through the code, refunded ones included), `customers` the bindings.
 */
export interface DistributorFigures {
  pendingFen: number;
  availableFen: number;
  withdrawnFen: number;
  customers: number;
  orders: number;
}

/** The lookups that bring a distributor's figures onto their `distributors` row (see figuresOf). */
export function withFigures(agg: Aggregate, openid: string): Aggregate {
  return agg
    .lookup(lookupById('wallets', openid, 'wallet'))
    .lookup({ from: 'commissions', pipeline: [{ $match: { distributorOpenid: openid, status: 'pending' } }, { $group: { _id: null, total: { $sum: '$amountFen' } } }], as: 'pendingSum' })
    .lookup({ from: 'bindings', pipeline: [{ $match: { distributorOpenid: openid } }, { $count: 'n' }], as: 'customerCount' })
    .lookup({ from: 'commissions', pipeline: [{ $match: { distributorOpenid: openid } }, { $count: 'n' }], as: 'orderCount' });
}

type Joined = { wallet?: WalletDoc[]; pendingSum?: { total: number }[]; customerCount?: { n: number }[]; orderCount?: { n: number }[] };

/** The figures from a row joined by withFigures (zeros for a member without one). */
export function figuresOf(row: Joined | undefined): DistributorFigures {
  const wallet = row?.wallet?.[0];
  return {
    pendingFen: row?.pendingSum?.[0]?.total ?? 0,
    availableFen: wallet?.availableFen ?? 0,
    withdrawnFen: wallet?.withdrawnFen ?? 0,
    customers: row?.customerCount?.[0]?.n ?? 0,
    orders: row?.orderCount?.[0]?.n ?? 0,
  };
}

/** One distributor's figures, in one round trip. */
export async function distributorFigures(db: Database, openid: string): Promise<DistributorFigures> {
  const [row] = await aggregateFew<Joined>(db, 'distributors', (agg) => withFigures(agg.match({ _id: openid }), openid), 1);
  return figuresOf(row);
}
