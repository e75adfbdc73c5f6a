import { z } from 'zod';
import type { OrderPaymentOutput } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { paymentFor } from '../payment-params';
import { ownOrder } from '../own-order';

/** 去支付: payment parameters again for an unpaid order still inside its window. */
export const payOrder = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, now, openid }): Promise<OrderPaymentOutput> {
    const order = await ownOrder(db, orderId, openid);
    if (order.status !== 'pending_payment' || now >= new Date(order.reservedUntil)) {
      throw new AppError('ORDER_STATE', '订单已超过支付时间或已支付');
    }
    const payment = await paymentFor(order);
    return { orderId, payment };
  },
});
