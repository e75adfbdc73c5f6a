import { z } from 'zod';
import type { OrderView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { completeOrder } from '../../fulfilment/flows/completion';
import { orderViews } from '../order-views';
import { ownOrder } from '../own-order';

/** 确认收货: the caller's shipped express order completes (a pickup order completes only when verified at the point). */
export const confirmReceipt = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, openid, now }): Promise<{ order: OrderView }> {
    const order = await ownOrder(db, orderId, openid);
    if (order.delivery?.mode === 'pickup') throw new AppError('ORDER_STATE', '自提订单在自提点出示取货码核销后完成');
    if (order.status !== 'completed') {
      if (order.status !== 'effective' || !order.shippedAt) throw new AppError('ORDER_STATE', '订单还没有发货，不能确认收货');
      await completeOrder(db, orderId, now, { shippedAt: db.command.neq(null) });
    }
    const [view] = await orderViews(db, [await ownOrder(db, orderId, openid)], now);
    return { order: view };
  },
});
