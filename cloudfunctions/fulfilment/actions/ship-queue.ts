import { z } from 'zod';
import type { ShipQueueItem } from '../../shared/api';
import type { OrderDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { pageByTime } from '../../shared/runtime/paging';
import { orderDeliveryView } from '../../groupbuy/delivery-view';
import { fulfilmentConfig } from '../flows/config';
import { memberNicknames } from '../../shared/runtime/users';

const STAGES = ['to_ship', 'to_arrive', 'shipped', 'at_point'] as const;
type QueueStage = (typeof STAGES)[number];

/** Effective orders at one stage of fulfilment (orders made before fulfilment count as express). */
function stageWhere(_: { neq(v: unknown): unknown; eq(v: unknown): unknown }, stage: QueueStage): Record<string, unknown> {
  const express = { 'delivery.mode': _.neq('pickup') };
  const pickup = { 'delivery.mode': 'pickup' };
  if (stage === 'to_ship') return { ...express, shippedAt: null };
  if (stage === 'shipped') return { ...express, shippedAt: _.neq(null) };
  if (stage === 'to_arrive') return { ...pickup, arrivedAt: null };
  return { ...pickup, arrivedAt: _.neq(null) };
}

/** 发货: orders waiting to ship or to reach their point, or shipped, newest effective first. */
export const shipQueue = action({
  admin: true,
  input: z.object({ stage: z.enum(STAGES).default('to_ship'), dealId: idSchema.optional(), mode: z.enum(['express', 'pickup']).optional(), cursor: cursorSchema }),
  async handler({ stage, dealId, mode, cursor }, { db }): Promise<{ items: ShipQueueItem[]; cursor?: string }> {
    const _ = db.command;
    if (mode && (mode === 'pickup') !== (stage === 'to_arrive' || stage === 'at_point')) return { items: [] };
    const where = { status: 'effective', ...(dealId ? { dealId } : {}), ...stageWhere(_, stage) };
    const page = await pageByTime<OrderDoc>(db, 'orders', where, 'effectiveAt', cursor, 50);
    const [nickname, config] = await Promise.all([memberNicknames(db, page.items.map((o) => o.openid)), fulfilmentConfig(db)]);
    const items = page.items.map((o) => ({
      orderId: o._id,
      dealId: o.dealId,
      title: o.title,
      quantity: o.quantity,
      amountFen: o.amountFen,
      buyerNickname: nickname.get(o.openid) ?? '',
      delivery: orderDeliveryView(o, config, null),
      effectiveAt: o.effectiveAt ? new Date(o.effectiveAt).toISOString() : '',
    }));
    return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
  },
});
