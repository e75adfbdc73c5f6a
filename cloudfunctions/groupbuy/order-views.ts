import type { Database } from '../shared/runtime/cloud';
import type { OrderView } from '../shared/api';
import type { AfterSaleDoc, GroupDoc, OrderDoc, RefundDoc } from '../shared/model';
import { fulfilmentConfig } from '../fulfilment/flows/config';
import { orderView } from './views';
import { docsByIds } from '../shared/runtime/documents';

const present = (ids: (string | null | undefined)[]) => ids.filter((id): id is string => Boolean(id));
/** The after-sale the shopper sees: the open one, or the last decided (a refusal's note stays visible). */
const shownAfterSale = (o: OrderDoc) => o.afterSaleId ?? o.lastAfterSaleId ?? null;

/** Views of a page of orders, with their groups, refunds and after-sales read in one query each, and the fulfilment settings once. */
export async function orderViews(db: Database, orders: OrderDoc[], now: Date): Promise<OrderView[]> {
  const [groups, refunds, afterSales, config] = await Promise.all([
    docsByIds<GroupDoc>(db, 'groups', present(orders.map((o) => o.groupId))),
    docsByIds<RefundDoc>(db, 'refunds', present(orders.map((o) => o.refundId))),
    docsByIds<AfterSaleDoc>(db, 'afterSales', present(orders.map(shownAfterSale))),
    fulfilmentConfig(db),
  ]);
  const find = <T>(map: Map<string, T>, id: string | null | undefined) => (id ? map.get(id) ?? null : null);
  return orders.map((o) => orderView(o, find(groups, o.groupId), find(refunds, o.refundId), config, find(afterSales, shownAfterSale(o)), now));
}
