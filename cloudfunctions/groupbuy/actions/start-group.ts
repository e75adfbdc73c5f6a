import { z } from 'zod';
import type { StartGroupOutput } from '../../shared/api';
import type { GroupDoc, OrderDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { insertOnce } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { newUser } from '../../shared/runtime/users';
import { codeSchema, deliverySchema, idSchema, quantitySchema } from '../../shared/runtime/schemas';
import { paymentFor } from '../payment-params';
import { readDealCheckout } from '../flows/checkout-read';
import { reserveOrder } from '../flows/reserve';

/**
 * 发起拼团: one read of everything the checkout needs, the stock held, then the
 * pending group (invisible until the leader's payment opens it) and the leader's
 * unpaid order, each one write and none in a transaction: 4 round trips.
 */
export const startGroup = action({
  input: z.object({ dealId: idSchema, quantity: quantitySchema, code: codeSchema, delivery: deliverySchema, couponId: idSchema.optional() }),
  async handler({ dealId, quantity, code, delivery, couponId }, { db, now, openid }): Promise<StartGroupOutput> {
    const groupId = newId();
    const req = { dealId, openid, quantity, kind: 'group' as const, groupId, leadsGroup: true, arrivalCode: code || null, delivery, couponId, now };
    const read = () => readDealCheckout(db, dealId, { openid, delivery, couponId, code });
    const first = await read();
    if (!first) throw new AppError('NOT_FOUND');
    // A buyer seen for the first time shows in the group as their profile-to-be would (the profile itself is made on first use elsewhere).
    const me = first.buyer ?? newUser(openid, now);
    const groups = db.collection('groups');
    const { order } = await reserveOrder(db, req, first, read, {
      async alsoWrite(order: OrderDoc) {
        const group: GroupDoc = {
          _id: groupId,
          dealId,
          leaderOpenid: openid,
          leaderOrderId: order._id,
          size: first.deal.groupSize,
          seatsTaken: 1,
          paidCount: 0,
          paidOrderIds: [],
          heldOrderIds: [order._id],
          status: 'pending',
          autoComplete: first.deal.autoComplete,
          timeLimitMinutes: first.deal.timeLimitMinutes,
          members: [{ openid, nickname: me.nickname, avatar: me.avatar, orderId: order._id, joinedAt: now, reservedUntil: order.reservedUntil }],
          createdAt: now,
          openedAt: null,
          expiresAt: null,
          closedAt: null,
        };
        if (!(await insertOnce(db, 'groups', group))) throw new AppError('CONFLICT', '请重试');
      },
      // The order was not written after all: its pending group (never seen by anyone) goes too.
      async undo(order: OrderDoc) {
        await groups.where({ _id: groupId, status: 'pending', leaderOrderId: order._id }).remove();
      },
    });
    const payment = await paymentFor(order);
    return { groupId, orderId: order._id, payment };
  },
});
