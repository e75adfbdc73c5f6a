import { z } from 'zod';
import type { OrderView } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { orderViews } from '../order-views';
import { ownOrder } from '../own-order';
import { finishOwnPaidOrder } from '../flows/paid-work';

export const getOrder = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, openid, now }): Promise<{ order: OrderView }> {
    const own = await ownOrder(db, orderId, openid);
    const [order] = await orderViews(db, [(await finishOwnPaidOrder(db, own, now)) ?? own], now);
    return { order };
  },
});
