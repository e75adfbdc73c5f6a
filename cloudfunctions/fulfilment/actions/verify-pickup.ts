import { z } from 'zod';
import type { PickupOrderView } from '../../shared/api';
import type { AddressDoc, OrderDoc, PerkDoc, UserDoc, VerifyCodeDoc } from '../../shared/model';
import type { CommissionDoc } from '../../distribution/flows/commissions';
import type { Aggregate } from '../../shared/runtime/aggregate';
import type { ActionContext } from '../../shared/runtime/router';
import { joinedOne, lookupById } from '../../shared/runtime/aggregate';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { logError } from '../../shared/runtime/logger';
import { checkAtCounter, CounterRead, readAtCounter, redeemChecked, redeemerOf } from '../../shared/verify-codes';
import { completionFacts } from '../../shared/domain/completion';
import { pickupOrderView } from '../views';
import { POINT_STAFF } from '../flows/places';
import { completeOrder } from '../flows/completion';
import { FULFILMENT_CONFIG_ID, fulfilmentConfigOf } from '../flows/config';

const codeInput = z.object({ code: z.string().trim().min(1, '请输入取货码').max(64) });

/** The order behind the code, its buyer and their addresses; to verify, also what completing it needs. */
const orderJoins = (completing: boolean) => (agg: Aggregate): Aggregate => {
  const a = agg
    .lookup({ from: 'orders', localField: 'counterCode.ref', foreignField: '_id', as: 'order' })
    .lookup({ from: 'users', localField: 'order.openid', foreignField: '_id', as: 'buyer' })
    .lookup({ from: 'addresses', localField: 'order.openid', foreignField: 'openid', as: 'buyerAddresses' });
  if (!completing) return a;
  return a
    .lookup({ from: 'commissions', localField: 'counterCode.ref', foreignField: '_id', as: 'commission' })
    .lookup({ from: 'perks', localField: 'order.dealId', foreignField: 'dealId', as: 'perks' })
    .lookup(lookupById('config', FULFILMENT_CONFIG_ID, 'fulfilmentConfig'));
};

/** The code at the pickup counter, checked (wrong guesses counted), with the order it stands for; one round trip. */
async function pickupAtCounter(ctx: ActionContext, input: string, completing: boolean) {
  const { db, now } = ctx;
  const read = await readAtCounter(db, input, ctx, POINT_STAFF, now, orderJoins(completing));
  const who = redeemerOf(read, POINT_STAFF);
  const code = await checkAtCounter(db, read, who, now, 'pickup');
  const order = joinedOne<OrderDoc>(read.row, 'order');
  if (!order) throw new AppError('NOT_FOUND');
  return { read, who, code, order };
}

/** What point staff see (the buyer's phone tail from their default address). */
function viewOf(read: CounterRead, order: OrderDoc, code: VerifyCodeDoc): PickupOrderView {
  const address = ((read.row.buyerAddresses as AddressDoc[] | undefined) ?? []).find((a) => a.isDefault);
  return pickupOrderView(order, code, joinedOne<UserDoc>(read.row, 'buyer'), address?.phone ?? '');
}

/** 核销 step 1: what the code stands for, before handing anything over. One round trip. */
export const lookupPickup = action({
  input: codeInput,
  async handler({ code: input }, ctx): Promise<{ order: PickupOrderView }> {
    const { read, code, order } = await pickupAtCounter(ctx, input, false);
    return { order: viewOf(read, order, code) };
  },
});

/**
 * 核销: the code works once (one conditional update), and its order completes (已完成):
 * its commission scheduled, its vouchers left to the outbox. Four round trips: the read,
 * the code, the order, the commission.
 */
export const verifyPickup = action({
  input: codeInput,
  async handler({ code: input }, ctx): Promise<{ order: PickupOrderView }> {
    const { db, now } = ctx;
    const { read, who, code, order } = await pickupAtCounter(ctx, input, true);
    const used = await redeemChecked(db, code, who, now);
    const known = completionFacts(
      {
        rewardsDone: order.rewardsDone,
        commission: joinedOne<CommissionDoc>(read.row, 'commission'),
        perks: (read.row.perks as PerkDoc[] | undefined) ?? [],
        afterSaleDays: fulfilmentConfigOf(joinedOne(read.row, 'fulfilmentConfig')).afterSaleDays,
      },
      now,
    );
    if (!(await completeOrder(db, used.ref, now, {}, known))) logError('pickup_verified_not_effective', { orderId: used.ref });
    return { order: viewOf(read, order, used) };
  },
});
