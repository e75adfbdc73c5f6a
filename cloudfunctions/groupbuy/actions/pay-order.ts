import { z } from 'zod';
import type { OrderPaymentOutput } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { paymentFor } from '../payment-params';
import { ownOrder } from '../own-order';
import { lockCoupon } from '../flows/coupons';

/**
 * 去支付: payment parameters again for an unpaid order still inside its window.
 * An order with a coupon has it locked first (a no-op when it is, as after every
 * checkout that finished: one more round trip), so an order whose checkout died
 * between writing it and locking its coupon is never paid at a discount it does not hold.
 */
export const payOrder = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, now, openid }): Promise<OrderPaymentOutput> {
    const order = await ownOrder(db, orderId, openid);
    if (order.status !== 'pending_payment' || now >= new Date(order.reservedUntil)) {
      throw new AppError('ORDER_STATE', '订单已超过支付时间或已支付');
    }
    if (order.couponId && !(await lockCoupon(db, order.couponId, openid, order._id, now))) {
      throw new AppError('COUPON_UNAVAILABLE', '优惠券已被其他订单使用，请重新下单');
    }
    const payment = await paymentFor(order);
    return { orderId, payment };
  },
});
