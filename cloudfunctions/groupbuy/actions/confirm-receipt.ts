import { z } from 'zod';
import type { OrderView } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { receiveOwnOrder } from '../flows/receipt';
import { ownOrderView } from '../own-order-read';

/** 确认收货: the caller's shipped express order completes (a pickup order completes only when verified at the point). */
export const confirmReceipt = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, openid, now }): Promise<{ order: OrderView }> {
    return { order: ownOrderView(await receiveOwnOrder(db, orderId, openid, now), now) };
  },
});
