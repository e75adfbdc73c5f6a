import { z } from 'zod';
import type { ShipResult } from '../../shared/api';
import type { OrderDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { action } from '../../shared/runtime/router';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { shippingProvider } from '../../shared/providers/shipping';
import { tell } from '../../shared/providers/notifier';
import { messageFor } from '../../shared/errors';
import { recordShipment } from '../flows/shipments';

const itemSchema = z.object({
  orderId: idSchema,
  company: z.string().trim().min(2, '请填写快递公司').max(20),
  trackingNo: z.string().trim().regex(/^[A-Za-z0-9-]{6,32}$/, '快递单号应为 6–32 位字母或数字'),
});

const refused = (orderId: string, code: 'NOT_FOUND' | 'ORDER_STATE', message?: string): ShipResult => ({
  orderId,
  result: 'refused',
  error: { code, message: message ?? messageFor(code) },
});

/**
 * Ships one express order: one conditional update (effective, not shipped → shipped)
 * decides, so concurrent ships of an order make one shipment and one upload.
 */
async function shipOne(db: Database, item: z.infer<typeof itemSchema>, now: Date): Promise<ShipResult> {
  const order = await getDoc<OrderDoc>(db, 'orders', item.orderId);
  if (!order) return refused(item.orderId, 'NOT_FOUND', '订单不存在');
  if (order.delivery?.mode === 'pickup') return refused(item.orderId, 'ORDER_STATE', '自提订单请用「到货」送到自提点');
  if (order.shippedAt) return { orderId: order._id, result: 'already' };
  if (order.status !== 'effective') return refused(item.orderId, 'ORDER_STATE', '只有已成团、待发货的订单可以发货');
  const shipping = { company: item.company, trackingNo: item.trackingNo };
  const res = await db
    .collection('orders')
    .where({ _id: order._id, status: 'effective', shippedAt: null })
    .update({ shippedAt: now, shipping, updatedAt: now });
  if (updatedCount(res) !== 1) {
    const again = await getDoc<OrderDoc>(db, 'orders', order._id);
    return again?.shippedAt ? { orderId: order._id, result: 'already' } : refused(order._id, 'ORDER_STATE');
  }
  await recordShipment(db, shippingProvider(), order, shipping, now);
  await tell({ kind: 'shipped', openid: order.openid, page: `pages/orders/index?tab=to_receive`, title: order.title, amountFen: order.amountFen, note: `${item.company} ${item.trackingNo}`, at: now });
  return { orderId: order._id, result: 'shipped' };
}

/** 发货: one or many express orders, each with its company and tracking number; a result per item. */
export const shipOrders = action({
  admin: true,
  input: z.object({ items: z.array(itemSchema).min(1).max(100) }),
  async handler({ items }, { db, now }): Promise<{ results: ShipResult[] }> {
    const results: ShipResult[] = [];
    for (const item of items) results.push(await shipOne(db, item, now));
    return { results };
  },
});
