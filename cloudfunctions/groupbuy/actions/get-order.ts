import { z } from 'zod';
import type { OrderView } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { ownOrderView, readOwnOrder } from '../own-order-read';
import { finishOwnPaidOrder } from '../flows/paid-work';

/** One order as its owner sees it, in one read; right after paying, its follow-up is finished first and the order read again (its group as it now is). */
export const getOrder = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, openid, now }): Promise<{ order: OrderView }> {
    const read = await readOwnOrder(db, orderId, openid);
    const finished = await finishOwnPaidOrder(db, read.order, now);
    return { order: ownOrderView(finished ? await readOwnOrder(db, orderId, openid) : read, now) };
  },
});
