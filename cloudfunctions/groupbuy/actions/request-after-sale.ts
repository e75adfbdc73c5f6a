import { z } from 'zod';
import type { AfterSaleView } from '../../shared/api';
import type { AfterSaleDoc, OrderDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { newId } from '../../shared/runtime/ids';
import { mayRequestAfterSale } from '../../shared/domain/delivery';
import { UGC_FILE_ID } from '../../shared/domain/post';
import { fulfilmentConfig } from '../../fulfilment/flows/config';
import { afterSaleView } from '../../fulfilment/views';
import { ownOrder } from '../own-order';

const input = z.object({
  orderId: idSchema,
  kind: z.enum(['refund_only', 'return_refund']),
  reason: z.string().trim().min(2, '请写明售后原因（至少 2 个字）').max(200, '售后原因最多 200 字'),
  images: z.array(z.string().max(300).regex(UGC_FILE_ID, '图片必须是上传到云存储的文件')).max(6, '最多 6 张图片').default([]),
});

/** Refusals in the shopper's words: not received yet, one already open, or the window has passed. */
function refuse(order: OrderDoc, windowDays: number, now: Date): void {
  if (order.afterSaleId) throw new AppError('AFTER_SALE_OPEN');
  if (order.status !== 'completed') throw new AppError('ORDER_STATE', '确认收货后才能申请售后');
  const completedAt = order.completedAt ? new Date(order.completedAt) : null;
  if (!mayRequestAfterSale({ status: order.status, completedAt, afterSaleOpen: false }, windowDays, now)) throw new AppError('AFTER_SALE_CLOSED');
}

/**
 * 售后: 仅退款 or 退货退款 on the caller's completed order, within the window. The
 * request is written, then claims the order by one conditional update (no open
 * request): of two at once, one wins, the other is withdrawn and AFTER_SALE_OPEN.
 */
export const requestAfterSale = action({
  input,
  async handler({ orderId, kind, reason, images }, { db, openid, now }): Promise<{ afterSale: AfterSaleView }> {
    if (images.some((id) => !id.includes(`/ugc/${openid}/`))) throw new AppError('INVALID_ARGUMENT', '只能上传自己的图片');
    const order = await ownOrder(db, orderId, openid);
    refuse(order, (await fulfilmentConfig(db)).afterSaleDays, now);
    const doc: AfterSaleDoc = {
      _id: newId(),
      orderId,
      openid,
      kind,
      reason,
      images,
      status: 'open',
      note: '',
      returnReceived: false,
      createdAt: now,
      reviewedAt: null,
      reviewedBy: null,
    };
    await db.collection('afterSales').add(doc);
    const claim = await db
      .collection('orders')
      .where({ _id: orderId, status: 'completed', afterSaleId: null })
      .update({ afterSaleId: doc._id, lastAfterSaleId: doc._id, updatedAt: now });
    if (updatedCount(claim) !== 1) {
      await db.collection('afterSales').doc(doc._id).remove();
      const again = await getDoc<OrderDoc>(db, 'orders', orderId);
      throw new AppError(again?.afterSaleId ? 'AFTER_SALE_OPEN' : 'ORDER_STATE');
    }
    return { afterSale: afterSaleView(doc) };
  },
});
