import { z } from 'zod';
import type { PickupOrderView } from '../../shared/api';
import type { AddressDoc, OrderDoc, UserDoc, VerifyCodeDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { logError } from '../../shared/runtime/logger';
import { checkCode, redeemCode } from '../../shared/verify-codes';
import { pickupOrderView } from '../views';
import { allowedPlaces } from '../flows/places';
import { completeOrder } from '../flows/completion';

const codeInput = z.object({ code: z.string().trim().min(1, '请输入取货码').max(64) });

/** The order behind a pickup code, as the point's staff see it (the buyer's phone tail from their default address). */
async function viewOf(db: Database, code: VerifyCodeDoc): Promise<PickupOrderView> {
  const order = await getDoc<OrderDoc>(db, 'orders', code.ref);
  if (!order) throw new AppError('NOT_FOUND');
  const [buyer, address] = await Promise.all([
    getDoc<UserDoc>(db, 'users', order.openid),
    db.collection('addresses').where({ openid: order.openid, isDefault: true }).limit(1).get(),
  ]);
  return pickupOrderView(order, code, buyer, (address.data as AddressDoc[])[0]?.phone ?? '');
}

/** 核销 step 1: what the code stands for, before handing anything over. */
export const lookupPickup = action({
  input: codeInput,
  async handler({ code }, { db, openid, now, user }): Promise<{ order: PickupOrderView }> {
    const allowed = await allowedPlaces(db, await user());
    const found = await checkCode(db, code, { openid, allowedPlaceIds: allowed }, now, 'pickup');
    return { order: await viewOf(db, found) };
  },
});

/** 核销: the code works once, and its order completes (已完成). */
export const verifyPickup = action({
  input: codeInput,
  async handler({ code }, { db, openid, now, user }): Promise<{ order: PickupOrderView }> {
    const allowed = await allowedPlaces(db, await user());
    const used = await redeemCode(db, code, { openid, allowedPlaceIds: allowed }, now, 'pickup');
    if (!(await completeOrder(db, used.ref, now))) logError('pickup_verified_not_effective', { orderId: used.ref });
    return { order: await viewOf(db, used) };
  },
});
