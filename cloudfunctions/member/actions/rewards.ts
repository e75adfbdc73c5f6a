import { z } from 'zod';
import type { RedeemResult, RewardCatalogue } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { idForRequest } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { catalogueFor } from '../flows/catalogue';
import { couponList, couponView } from '../flows/coupons';
import { redeem } from '../flows/redeem';
import { finishRedemptions } from '../flows/redeem-finish';
import { claimedByReward, readRedemptions } from '../flows/redemption-state';

/** 积分商城: the caller's points and what they buy (two reads at once; what a redemption still owes is finished first). */
export const rewardCatalogue = action({
  input: z.object({}),
  async handler(_input, { db, now, openid }): Promise<RewardCatalogue> {
    const [mine, catalogue] = await Promise.all([readRedemptions(db, openid), catalogueFor(db)]);
    await finishRedemptions(db, mine, now);
    const points = mine.user?.points ?? 0;
    return { points, items: catalogue(claimedByReward(mine), points) };
  },
});

/** A retried tap (same requestId) is the same redemption; the id is the member's own, never another's. */
export const redemptionIdOf = idForRequest;

/** 兑换: spends the points for one coupon, or a perk reward's voucher (see flows/redeem.ts). */
export const redeemReward = action({
  input: z.object({ rewardId: idSchema, requestId: idSchema.optional() }),
  async handler({ rewardId, requestId }, { db, now, openid }): Promise<RedeemResult> {
    const { coupon, voucherId, points } = await redeem(db, openid, rewardId, redemptionIdOf(openid, requestId), now);
    return { coupon: coupon ? couponView(coupon, now) : null, voucherId, points };
  },
});

/** 我的优惠券, by tab, with the counts of every tab: one read, the coupons redemptions still owe written first. */
export const myCoupons = action({
  input: z.object({ status: z.enum(['active', 'used', 'expired']).optional() }),
  async handler({ status }, { db, now, openid }) {
    const mine = await readRedemptions(db, openid);
    const written = await finishRedemptions(db, mine, now);
    return couponList([...written, ...mine.myCoupons.filter((c) => !written.some((w) => w._id === c._id))], status, now);
  },
});
