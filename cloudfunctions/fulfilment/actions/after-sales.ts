import { z } from 'zod';
import type { Api, AfterSaleView } from '../../shared/api';
import type { AfterSaleDoc, OrderDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { docsByIds, getDoc, updatedCount } from '../../shared/runtime/documents';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { pageByTime } from '../../shared/runtime/paging';
import { paymentProvider } from '../../shared/providers/payment';
import { refundOrder } from '../../groupbuy/flows/refund';
import { afterSaleView } from '../views';
import { memberNicknames } from '../../shared/runtime/users';

type AdminAfterSales = Api['fulfilment']['afterSales'][1];

/** 售后: requests by status (open first by default), newest first, with the order's title and amount. */
export const afterSales = action({
  admin: true,
  input: z.object({ status: z.enum(['open', 'approved', 'rejected']).default('open'), cursor: cursorSchema }),
  async handler({ status, cursor }, { db }): Promise<AdminAfterSales> {
    const page = await pageByTime<AfterSaleDoc>(db, 'afterSales', { status }, 'createdAt', cursor, 30);
    const orderIds = page.items.map((a) => a.orderId);
    const [order, nickname] = await Promise.all([docsByIds<OrderDoc>(db, 'orders', orderIds), memberNicknames(db, page.items.map((a) => a.openid))]);
    const items = page.items.map((a) => ({
      ...afterSaleView(a),
      title: order.get(a.orderId)?.title ?? '',
      amountFen: order.get(a.orderId)?.amountFen ?? 0,
      buyerNickname: nickname.get(a.openid) ?? '',
    }));
    return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
  },
});

/**
 * Decides an open request once (a conditional update). Approve: the order is refunded
 * through the refund flow (commission and rewards reversed as for any refund; shipped
 * units restocked only when a 退货退款's goods came back). Reject: the note is shown to
 * the shopper, and the order is free for another request while the window lasts.
 */
export const reviewAfterSale = action({
  admin: true,
  input: z.object({
    afterSaleId: idSchema,
    approve: z.boolean(),
    note: z.string().trim().max(200),
    returnReceived: z.boolean().optional(),
  }).refine((v) => v.approve || v.note.length >= 2, { message: '驳回时请写明原因', path: ['note'] }),
  async handler({ afterSaleId, approve, note, returnReceived }, { db, openid, now }): Promise<{ afterSale: AfterSaleView }> {
    const request = await getDoc<AfterSaleDoc>(db, 'afterSales', afterSaleId);
    if (!request) throw new AppError('NOT_FOUND', '售后申请不存在');
    const received = approve && request.kind === 'return_refund' && Boolean(returnReceived);
    const decided = await db
      .collection('afterSales')
      .where({ _id: afterSaleId, status: 'open' })
      .update({ status: approve ? 'approved' : 'rejected', note, returnReceived: received, reviewedAt: now, reviewedBy: openid });
    if (updatedCount(decided) !== 1) throw new AppError('ORDER_STATE', '这条售后申请已经处理过了');
    if (approve) await refundOrder(db, paymentProvider(), request.orderId, `售后退款：${request.reason}`.slice(0, 80), now, undefined, { returnReceived: received });
    await db.collection('orders').where({ _id: request.orderId, afterSaleId }).update({ afterSaleId: null, updatedAt: now });
    return { afterSale: afterSaleView((await getDoc<AfterSaleDoc>(db, 'afterSales', afterSaleId))!) };
  },
});
