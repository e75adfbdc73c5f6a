/**
 * 积分兑换: what a member may redeem with points. Pure: the reward, what the
 * member holds and `now` are passed in. Each redemption gives one coupon
 * (domain/coupon.ts); a free sample is a coupon worth one unit of its deal;
 * a 'perk' reward gives one voucher for a partner's perk instead (its own total
 * and per-member limit still apply).
 */
import type { Fen } from './money';
import type { CouponKind } from './coupon';

/** What a redemption gives: a coupon ('coupon', 'sample') or a partner perk's voucher ('perk'). */
export type RewardKind = CouponKind | 'perk';

export interface RewardTerms {
  kind: RewardKind;
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

/** A perk reward's line on the catalogue card: 「合作伙伴权益 · 山月瑜伽 一节瑜伽体验课」. */
export function perkRewardLine(perkTitle: string): string {
  return `合作伙伴权益 · ${perkTitle}`;
}

/** The perk's name as the reward keeps it: the partner and the service, e.g. 山月瑜伽 一节瑜伽体验课. */
export function perkTitleOf(partnerName: string, service: string): string {
  return `${partnerName} ${service}`;
}
