/**
 * 积分兑换: what a member may redeem with points. Pure: the reward, what the
 * member holds and `now` are passed in. Each redemption gives one coupon
 * (domain/coupon.ts); a free sample is a coupon worth one unit of its deal.
 */
import type { Fen } from './money';
import type { CouponKind } from './coupon';

export interface RewardTerms {
  kind: CouponKind;
  pointsCost: number;
  /** Units on offer, and how many went (moved only by journaled conditional updates). */
  total: number;
  redeemed: number;
  /** Redemptions per member, ever. */
  perMember: number;
  active: boolean;
}

export type RedeemRefusal = 'NOT_FOUND' | 'REWARD_EXHAUSTED' | 'LIMIT_EXCEEDED' | 'INSUFFICIENT_POINTS';

/** Why the member cannot redeem the reward now, or null. Checked again where it is contested. */
export function redeemRefusal(reward: RewardTerms | null, member: { points: number; claimed: number }): RedeemRefusal | null {
  if (!reward || !reward.active) return 'NOT_FOUND';
  if (reward.redeemed >= reward.total) return 'REWARD_EXHAUSTED';
  if (member.claimed >= reward.perMember) return 'LIMIT_EXCEEDED';
  if (member.points < reward.pointsCost) return 'INSUFFICIENT_POINTS';
  return null;
}

/** Units still on offer (never below 0: the brand may lower the total under what went). */
export function rewardLeft(reward: Pick<RewardTerms, 'total' | 'redeemed'>): number {
  return Math.max(0, reward.total - reward.redeemed);
}

/** A sample coupon is worth the deal's price for one unit when redeemed (the solo price, else the group price). */
export function sampleWorth(deal: { soloPriceFen: Fen | null; groupPriceFen: Fen }): Fen {
  return deal.soloPriceFen ?? deal.groupPriceFen;
}
