import type { Database } from '../shared/runtime/cloud';
import { aggregateFew } from '../shared/runtime/aggregate';
import type { OrderCounts } from '../shared/api';
import { ORDER_TAB_FILTERS, OrderTab, OrderTabFilter } from '../shared/domain/order-tabs';

/** The tabs 我的 counts; an order falls in at most one of them (售后 first: it takes any order with an open after-sale). */
const COUNTED: OrderTab[] = ['after_sale', 'unpaid', 'grouping', 'to_ship', 'to_receive'];

const hasValue = (field: string) => ({ $ne: [{ $ifNull: [field, null] }, null] });

/** One tab's filter (ORDER_TAB_FILTERS) as an aggregation expression on an order. */
function tabExpression(f: OrderTabFilter, now: Date): object {
  const own: object[] = [{ $in: ['$status', f.statuses] }];
  if (f.payable) own.push({ $gt: ['$reservedUntil', now] });
  if (f.shipped !== undefined) own.push(f.shipped ? hasValue('$shippedAt') : { $not: [hasValue('$shippedAt')] });
  if (f.afterSaleOpen === false) own.push({ $not: [hasValue('$afterSaleId')] });
  const mine = { $and: own };
  return f.orAfterSaleOpen ? { $or: [mine, hasValue('$afterSaleId')] } : mine;
}

/** How many of the caller's orders wait in each counted tab, in one round trip (an aggregate grouping them by tab). */
export async function orderTabCounts(db: Database, openid: string, now: Date): Promise<OrderCounts> {
  const branches = COUNTED.map((tab) => ({ case: tabExpression(ORDER_TAB_FILTERS[tab], now), then: tab }));
  const rows = await aggregateFew<{ _id: OrderTab | null; n: number }>(
    db,
    'orders',
    (agg) => agg.match({ openid }).project({ _id: 0, tab: { $switch: { branches, default: null } } }).group({ _id: '$tab', n: { $sum: 1 } }),
    COUNTED.length + 1,
  );
  const counts = Object.fromEntries(COUNTED.map((tab) => [tab, 0])) as Record<string, number>;
  for (const row of rows) if (row._id) counts[row._id] = row.n;
  return counts as OrderCounts;
}
