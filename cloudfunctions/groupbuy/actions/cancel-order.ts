import { z } from 'zod';
import type { OrderView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { orderViews } from '../order-views';
import { ownOrder } from '../own-order';
import { releaseOrder } from '../flows/release';

/** 取消订单: only an unpaid order; its seat and stock go back at once. */
export const cancelOrder = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, now, openid }): Promise<{ order: OrderView }> {
    const order = await ownOrder(db, orderId, openid);
    if (order.status !== 'pending_payment') throw new AppError('ORDER_STATE', '只有待支付的订单可以取消');
    if (!(await releaseOrder(db, orderId, now))) throw new AppError('ORDER_STATE', '订单状态已变化，请刷新');
    const [view] = await orderViews(db, [await ownOrder(db, orderId, openid)], now);
    return { order: view };
  },
});
