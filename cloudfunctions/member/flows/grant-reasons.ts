import type { Database } from '../../shared/runtime/cloud';
import type { GrantDoc } from '../../shared/grants';
import type { OrderDoc } from '../../shared/model';
import { orderGrantReason } from '../../shared/domain/growth';

const ORDER_KEY = /^order:(.+)$/;

/**
 * Grants written before order grants said what kind of order earned them all read
 * 拼团成功; the page's order grants are relabelled from their orders (one read).
 */
export async function withOrderReasons(db: Database, grants: GrantDoc[]): Promise<GrantDoc[]> {
  const orderIds = grants.map((g) => ORDER_KEY.exec(g._id)?.[1]).filter((id): id is string => Boolean(id));
  if (!orderIds.length) return grants;
  const _ = db.command;
  const res = await db.collection('orders').where({ _id: _.in(orderIds) }).limit(orderIds.length).get();
  const orders = new Map((res.data as OrderDoc[]).map((o) => [o._id, o]));
  return grants.map((g) => {
    const order = orders.get(ORDER_KEY.exec(g._id)?.[1] ?? '');
    return order ? { ...g, reason: orderGrantReason(order) } : g;
  });
}
