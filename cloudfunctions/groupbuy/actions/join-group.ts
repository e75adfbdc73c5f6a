import { z } from 'zod';
import type { JoinGroupOutput } from '../../shared/api';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { newUser } from '../../shared/runtime/users';
import { codeSchema, deliverySchema, idSchema, quantitySchema } from '../../shared/runtime/schemas';
import { joinRefusal } from '../../shared/domain/group';
import { paymentFor } from '../payment-params';
import { readGroupCheckout } from '../flows/checkout-read';
import { reserveOrder } from '../flows/reserve';
import { releaseSeat, takeSeat } from '../flows/seats';

/**
 * 参团: one read of the group, its deal and everything else the checkout needs;
 * then a seat taken with one conditional update (exact under any burst: the losers
 * get GROUP_FULL at once), the stock held, and the order written: 4 round trips.
 * If the order is not written after all, the seat and the stock are given back.
 */
export const joinGroup = action({
  input: z.object({ groupId: idSchema, quantity: quantitySchema, code: codeSchema, delivery: deliverySchema, couponId: idSchema.optional() }),
  async handler({ groupId, quantity, code, delivery, couponId }, { db, now, openid }): Promise<JoinGroupOutput> {
    const read = () => readGroupCheckout(db, groupId, { openid, delivery, couponId, code });
    const first = await read();
    const group = first?.group;
    if (!first || !group || group.status === 'pending') throw new AppError('NOT_FOUND');
    const refusal = joinRefusal(group, openid, now);
    if (refusal) throw new AppError(refusal);

    const req = { dealId: group.dealId, openid, quantity, kind: 'group' as const, groupId, arrivalCode: code || null, delivery, couponId, now };
    const me = first.buyer ?? newUser(openid, now);
    const { order } = await reserveOrder(db, req, first, read, {
      async claim(order: OrderDoc) {
        const member = { openid, nickname: me.nickname, avatar: me.avatar, orderId: order._id, joinedAt: now, reservedUntil: order.reservedUntil };
        if (await takeSeat(db, groupId, group.size, member, now)) return;
        const latest = await getDoc<GroupDoc>(db, 'groups', groupId);
        throw new AppError((latest && joinRefusal(latest, openid, now)) || 'GROUP_FULL');
      },
      async undo(order: OrderDoc) {
        await releaseSeat(db, groupId, order._id);
      },
    });
    const payment = await paymentFor(order);
    return { orderId: order._id, payment };
  },
});
