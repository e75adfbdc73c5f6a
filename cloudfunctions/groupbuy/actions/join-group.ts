import { z } from 'zod';
import type { JoinGroupOutput } from '../../shared/api';
import type { GroupDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { codeSchema, deliverySchema, idSchema, quantitySchema } from '../../shared/runtime/schemas';
import { joinRefusal, reservationEndsAt } from '../../shared/domain/group';
import { paymentFor } from '../payment-params';
import { checkOrder, reserveOrder } from '../flows/reserve';
import { releaseSeat, takeSeat } from '../flows/seats';

/**
 * 参团: takes a seat with one conditional update (exact under any burst: the
 * losers get GROUP_FULL at once), then reserves stock and writes the order; if
 * that fails the seat is given back.
 */
export const joinGroup = action({
  input: z.object({ groupId: idSchema, quantity: quantitySchema, code: codeSchema, delivery: deliverySchema, couponId: idSchema.optional() }),
  async handler({ groupId, quantity, code, delivery, couponId }, { db, now, openid, user }): Promise<JoinGroupOutput> {
    const group = await getDoc<GroupDoc>(db, 'groups', groupId);
    if (!group || group.status === 'pending') throw new AppError('NOT_FOUND');
    const refusal = joinRefusal(group, openid, now);
    if (refusal) throw new AppError(refusal);

    const orderId = newId();
    const req = { orderId, dealId: group.dealId, openid, quantity, kind: 'group' as const, groupId, arrivalCode: code || null, delivery, couponId, now };
    // The deal and the delivery are checked before the seat is taken: a refused choice writes nothing.
    const checked = await checkOrder(db, req);
    const me = await user();
    const member = { openid, nickname: me.nickname, avatar: me.avatar, orderId, joinedAt: now, reservedUntil: reservationEndsAt(now) };
    if (!(await takeSeat(db, groupId, group.size, member, now))) {
      const latest = await getDoc<GroupDoc>(db, 'groups', groupId);
      throw new AppError((latest && joinRefusal(latest, openid, now)) || 'GROUP_FULL');
    }
    let order;
    try {
      ({ order } = await reserveOrder(db, req, undefined, checked));
    } catch (err) {
      await releaseSeat(db, groupId, orderId);
      throw err;
    }
    const payment = await paymentFor(order);
    return { orderId, payment };
  },
});
