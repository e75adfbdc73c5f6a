import { createHash } from 'crypto';
import { z } from 'zod';
import type { RedeemResult, RewardCatalogue } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import type { UserDoc } from '../../shared/model';
import { catalogueFor } from '../flows/catalogue';
import { couponView, myCoupons as listCoupons } from '../flows/coupons';
import { finishStaleRedemptions, redeem } from '../flows/redeem';

/** 积分商城: the caller's points and what they buy. */
export const rewardCatalogue = action({
  input: z.object({}),
  async handler(_input, { db, now, openid, user }): Promise<RewardCatalogue> {
    await finishStaleRedemptions(db, openid, now);
    const me = await user();
    return { points: me.points, items: await catalogueFor(db, openid, me.points) };
  },
});

/** A retried tap (same requestId) is the same redemption; the id is the member's own, never another's. */
const redemptionIdOf = (openid: string, requestId: string | undefined) =>
  requestId ? createHash('sha256').update(`${openid}:${requestId}`).digest('hex').slice(0, 32) : newId();

/** 兑换: spends the points for one coupon, or a perk reward's voucher (see flows/redeem.ts). */
export const redeemReward = action({
  input: z.object({ rewardId: idSchema, requestId: idSchema.optional() }),
  async handler({ rewardId, requestId }, { db, now, openid }): Promise<RedeemResult> {
    const { coupon, voucherId } = await redeem(db, openid, rewardId, redemptionIdOf(openid, requestId), now);
    const me = await getDoc<UserDoc>(db, 'users', openid);
    return { coupon: coupon ? couponView(coupon, now) : null, voucherId, points: me?.points ?? 0 };
  },
});

/** 我的优惠券, by tab, with the counts of every tab. */
export const myCoupons = action({
  input: z.object({ status: z.enum(['active', 'used', 'expired']).optional() }),
  async handler({ status }, { db, now, openid }) {
    await finishStaleRedemptions(db, openid, now);
    return listCoupons(db, openid, status, now);
  },
});
