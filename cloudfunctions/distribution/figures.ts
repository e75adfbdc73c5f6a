import type { Database } from '../shared/runtime/cloud';
import { aggregateAll } from '../shared/runtime/aggregate';
import type { WalletDoc } from '../shared/ledger';
import { getDoc } from '../shared/runtime/documents';

/**
 * A distributor's money in its three states and their audience, as the leader centre and the
 * admin show them. Each counts the rows of a list beside it: `orders` the commissions (one per
 * order that became effective through the code, refunded ones included), `customers` the bindings.
 */
export async function distributorFigures(db: Database, openid: string) {
  const [wallet, pending, customers, orders] = await Promise.all([
    getDoc<WalletDoc>(db, 'wallets', openid),
    aggregateAll<{ total: number }>(db, 'commissions', (agg) =>
      agg.match({ distributorOpenid: openid, status: 'pending' }).group({ _id: null, total: { $sum: '$amountFen' } }),
    ),
    db.collection('bindings').where({ distributorOpenid: openid }).count(),
    db.collection('commissions').where({ distributorOpenid: openid }).count(),
  ]);
  const pendingFen = pending[0]?.total ?? 0;
  return {
    pendingFen,
    availableFen: wallet?.availableFen ?? 0,
    withdrawnFen: wallet?.withdrawnFen ?? 0,
    customers: customers.total ?? 0,
    orders: orders.total ?? 0,
  };
}
