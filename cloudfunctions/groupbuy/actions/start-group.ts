import { z } from 'zod';
import type { StartGroupOutput } from '../../shared/api';
import type { GroupDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';
import { newId } from '../../shared/runtime/ids';
import { codeSchema, deliverySchema, idSchema, quantitySchema } from '../../shared/runtime/schemas';
import { paymentFor } from '../payment-params';
import { checkOrder, reserveOrder } from '../flows/reserve';

/**
 * 发起拼团: reserves stock and writes the leader's unpaid order and a pending
 * group (invisible until the leader's payment opens it), in one transaction.
 */
export const startGroup = action({
  input: z.object({ dealId: idSchema, quantity: quantitySchema, code: codeSchema, delivery: deliverySchema, couponId: idSchema.optional() }),
  async handler({ dealId, quantity, code, delivery, couponId }, { db, now, openid, user }): Promise<StartGroupOutput> {
    const orderId = newId();
    const groupId = newId();
    const req = { orderId, dealId, openid, quantity, kind: 'group' as const, groupId, arrivalCode: code || null, delivery, couponId, now };
    // Checked before the caller's profile is made on first use: a refused checkout writes nothing.
    const checked = await checkOrder(db, req);
    const me = await user();
    const { order } = await reserveOrder(
      db,
      req,
      async (tx, deal, order) => {
        const group: GroupDoc = {
          _id: groupId,
          dealId,
          leaderOpenid: openid,
          leaderOrderId: orderId,
          size: deal.groupSize,
          seatsTaken: 1,
          paidCount: 0,
          paidOrderIds: [],
          heldOrderIds: [orderId],
          status: 'pending',
          autoComplete: deal.autoComplete,
          timeLimitMinutes: deal.timeLimitMinutes,
          members: [{ openid, nickname: me.nickname, avatar: me.avatar, orderId, joinedAt: now, reservedUntil: order.reservedUntil }],
          createdAt: now,
          openedAt: null,
          expiresAt: null,
          closedAt: null,
        };
        await tx.collection('groups').add(group);
      },
      checked,
    );
    const payment = await paymentFor(order);
    return { groupId, orderId, payment };
  },
});
