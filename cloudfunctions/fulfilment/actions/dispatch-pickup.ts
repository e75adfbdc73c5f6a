import { z } from 'zod';
import type { ShipResult } from '../../shared/api';
import type { OrderDoc, PickupPointDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { shippingProvider } from '../../shared/providers/shipping';
import { tell } from '../../shared/providers/notifier';
import { issueCode } from '../../shared/verify-codes';
import { recordShipment } from '../flows/shipments';

const refused = (orderId: string, message: string): ShipResult => ({ orderId, result: 'refused', error: { code: 'ORDER_STATE', message } });

/**
 * 到货 for one order: one conditional update (effective, not arrived → arrived, and
 * shipped, so its units count as gone); the winner issues the pickup code, records
 * the shipment (用户自提) and tells the shopper.
 */
async function arriveOne(db: Database, point: PickupPointDoc, orderId: string, now: Date): Promise<ShipResult> {
  const order = await getDoc<OrderDoc>(db, 'orders', orderId);
  if (!order) return { orderId, result: 'refused', error: { code: 'NOT_FOUND', message: '订单不存在' } };
  if (order.delivery?.mode !== 'pickup' || order.delivery.point.pointId !== point._id) return refused(orderId, '这笔订单不是在这个自提点取货');
  if (order.arrivedAt) return { orderId, result: 'already' };
  if (order.status !== 'effective') return refused(orderId, '只有已成团、待到货的订单可以送到自提点');
  const res = await db
    .collection('orders')
    .where({ _id: orderId, status: 'effective', arrivedAt: null })
    .update({ arrivedAt: now, shippedAt: order.shippedAt ?? now, updatedAt: now });
  if (updatedCount(res) !== 1) {
    const again = await getDoc<OrderDoc>(db, 'orders', orderId);
    return again?.arrivedAt ? { orderId, result: 'already' } : refused(orderId, '订单状态已变化，请刷新');
  }
  const code = await issueCode(db, { kind: 'pickup', ownerOpenid: order.openid, placeId: point._id, ref: orderId, expiresAt: null }, now);
  await db.collection('orders').doc(orderId).update({ pickupCodeId: code._id });
  await recordShipment(db, shippingProvider(), order, { company: '', trackingNo: '' }, now);
  await tell({ kind: 'pickup_ready', openid: order.openid, page: `member/pages/pickup-code/index?orderId=${orderId}`, title: order.title, amountFen: order.amountFen, note: `已到${point.name}，凭取货码自提`, at: now });
  return { orderId, result: 'shipped' };
}

/** 到货: these pickup orders reached the point; each becomes 待自提 and its shopper gets a pickup code. */
export const dispatchPickup = action({
  admin: true,
  input: z.object({ pointId: idSchema, orderIds: z.array(idSchema).min(1).max(200) }),
  async handler({ pointId, orderIds }, { db, now }): Promise<{ results: ShipResult[] }> {
    const point = await getDoc<PickupPointDoc>(db, 'pickupPoints', pointId);
    if (!point) throw new AppError('NOT_FOUND', '自提点不存在');
    const results: ShipResult[] = [];
    for (const orderId of [...new Set(orderIds)]) results.push(await arriveOne(db, point, orderId, now));
    return { results };
  },
});
