import { z } from 'zod';
import type { OrderPaymentOutput } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { codeSchema, deliverySchema, idSchema, quantitySchema } from '../../shared/runtime/schemas';
import { paymentFor } from '../payment-params';
import { readDealCheckout } from '../flows/checkout-read';
import { reserveOrder } from '../flows/reserve';

/** 单独购买 at the solo price: no group; the order is effective once paid. One read, the stock held, the order written. */
export const buySolo = action({
  input: z.object({ dealId: idSchema, quantity: quantitySchema, code: codeSchema, delivery: deliverySchema, couponId: idSchema.optional() }),
  async handler({ dealId, quantity, code, delivery, couponId }, { db, now, openid }): Promise<OrderPaymentOutput> {
    const read = () => readDealCheckout(db, dealId, { openid, delivery, couponId, code });
    const first = await read();
    if (!first) throw new AppError('NOT_FOUND');
    const req = { dealId, openid, quantity, kind: 'solo' as const, groupId: null, arrivalCode: code || null, delivery, couponId, now };
    const { order } = await reserveOrder(db, req, first, read);
    const payment = await paymentFor(order);
    return { orderId: order._id, payment };
  },
});
