import { z } from 'zod';
import type { PickupCodeView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { codeOf } from '../../shared/verify-codes';
import { pickupCodeView } from '../../fulfilment/views';
import { ownOrder } from '../own-order';

/** 取货码: the caller's pickup order's code (QR of the token, 6 digits to type), once the goods are at the point. */
export const pickupCode = action({
  input: z.object({ orderId: idSchema }),
  async handler({ orderId }, { db, openid }): Promise<PickupCodeView> {
    const order = await ownOrder(db, orderId, openid);
    if (order.delivery?.mode !== 'pickup') throw new AppError('ORDER_STATE', '这笔订单是快递到家，没有取货码');
    const code = order.arrivedAt ? await codeOf(db, 'pickup', orderId) : null;
    if (!code) throw new AppError('ORDER_STATE', '货品还没到自提点');
    return pickupCodeView(code, order.delivery.point.name);
  },
});
