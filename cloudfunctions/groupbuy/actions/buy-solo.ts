import { z } from 'zod';
import type { OrderPaymentOutput } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { newId } from '../../shared/runtime/ids';
import { codeSchema, deliverySchema, idSchema, quantitySchema } from '../../shared/runtime/schemas';
import { paymentFor } from '../payment-params';
import { reserveOrder } from '../flows/reserve';

/** 单独购买 at the solo price: no group; the order is effective once paid. */
export const buySolo = action({
  input: z.object({ dealId: idSchema, quantity: quantitySchema, code: codeSchema, delivery: deliverySchema, couponId: idSchema.optional() }),
  async handler({ dealId, quantity, code, delivery, couponId }, { db, now, openid }): Promise<OrderPaymentOutput> {
    const orderId = newId();
    const { order } = await reserveOrder(db, {
      orderId, dealId, openid, quantity, kind: 'solo', groupId: null, arrivalCode: code || null, delivery, couponId, now,
    });
    const payment = await paymentFor(order);
    return { orderId, payment };
  },
});
