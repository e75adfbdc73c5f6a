import { z } from 'zod';
import type { OrderView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { DEFAULT_FULFILMENT_CONFIG } from '../../shared/domain/delivery';
import { orderView } from '../views';
import { ownOrder } from '../own-order';
import { releaseOrder } from '../flows/release';

/**
 * 取消订单: only the caller's unpaid order; its seat and stock go back at once.
 * The cancel itself is the first write (conditional on the order being the caller's
 * and unpaid): the order is read only to say why when it was not.
 */
export const cancelOrder = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, now, openid }): Promise<{ order: OrderView }> {
    const released = await releaseOrder(db, orderId, now, openid);
    if (!released) {
      const order = await ownOrder(db, orderId, openid);
      throw new AppError('ORDER_STATE', order.status === 'pending_payment' ? '订单状态已变化，请刷新' : '只有待支付的订单可以取消');
    }
    // A just-cancelled unpaid order has no refund, after-sale or shipment: its view needs nothing more read
    // (the fulfilment settings only date shipped and received orders).
    return { order: orderView(released.order, released.group, null, DEFAULT_FULFILMENT_CONFIG, null, now) };
  },
});
