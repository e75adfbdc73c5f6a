import type { Database } from '../shared/runtime/cloud';
import type { OrderView } from '../shared/api';
import type { GroupDoc, OrderDoc, RefundDoc } from '../shared/model';
import { orderView } from './views';

/** Views of a page of orders, with their groups and refunds read in one query each. */
export async function orderViews(db: Database, orders: OrderDoc[]): Promise<OrderView[]> {
  const _ = db.command;
  const groupIds = [...new Set(orders.map((o) => o.groupId).filter((id): id is string => Boolean(id)))];
  const refundIds = orders.map((o) => o.refundId).filter((id): id is string => Boolean(id));
  const [groups, refunds] = await Promise.all([
    groupIds.length ? db.collection('groups').where({ _id: _.in(groupIds) }).limit(groupIds.length).get() : { data: [] },
    refundIds.length ? db.collection('refunds').where({ _id: _.in(refundIds) }).limit(refundIds.length).get() : { data: [] },
  ]);
  const groupById = new Map((groups.data as GroupDoc[]).map((g) => [g._id, g]));
  const refundById = new Map((refunds.data as RefundDoc[]).map((r) => [r._id, r]));
  return orders.map((o) =>
    orderView(o, o.groupId ? groupById.get(o.groupId) ?? null : null, o.refundId ? refundById.get(o.refundId) ?? null : null),
  );
}
