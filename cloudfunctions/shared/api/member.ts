/** The wire contract of 会员: profile, tiers, growth, check-ins, co-creator applications. */

export type { Tier } from '../domain/growth';
import type { Tier } from '../domain/growth';
import type { CouponKind, CouponStatus } from '../domain/coupon';
import type { RewardKind } from '../domain/reward';

export interface MeOutput {
  openid: string;
  nickname: string;
  avatar: string;
  tier: Tier;
  growth: number;
  points: number;
  isAdmin: boolean;
  isDistributor: boolean;
  /** The caller's own distribution code, when they are a distributor. */
  distributorCode: string | null;
  /** The next tier and the growth still needed for it (0 when it takes an application). */
  nextTier: Tier | null;
  growthToNext: number;
  officerThreshold: number;
  checkedInToday: boolean;
  /** The current check-in streak (0 when yesterday and today were missed). */
  streak: number;
}

/** 头像昵称: the caller's profile as saved (the avatar a cloud file id; empty: the app's default picture). */
export interface ProfileOutput {
  nickname: string;
  avatar: string;
}

export interface CheckInOutput {
  day: string;
  streak: number;
  pointsGranted: number;
  growthGranted: number;
}

export interface CheckInCalendar {
  month: string; // yyyymm
  days: { day: string; streak: number; points: number }[];
  streak: number;
  checkedInToday: boolean;
  rewards: { growth: number; points: number }[];
}

export interface GrantView {
  reason: string;
  growth: number;
  points: number;
  createdAt: string;
}

export interface CoCreatorApplicationView {
  openid: string;
  nickname: string;
  avatar: string;
  tier: Tier;
  growth: number;
  statement: string;
  expertise: string[];
  status: 'pending' | 'approved' | 'rejected' | 'revoked';
  note: string;
  createdAt: string;
}

/** 积分商城: a reward as a member sees it. */
export interface RewardView {
  rewardId: string;
  title: string;
  /** 'perk': one voucher for a partner's perk (perkId), shown in 我的卡券, not a coupon. */
  kind: RewardKind;
  pointsCost: number;
  /** The coupon's face: amount off (a sample: one unit, about this much) over minSpendFen, on dealId only when set. */
  amountFen: number;
  minSpendFen: number;
  dealId: string | null;
  dealTitle: string | null;
  perkId: string | null;
  /** kind 'perk': the partner and the service, e.g. 山月瑜伽 一节瑜伽体验课. */
  perkTitle: string | null;
  validDays: number;
  left: number;
  perMember: number;
  /** How many the caller redeemed, and whether they may redeem now (null) or why not (a Chinese sentence). */
  claimed: number;
  blockedReason: string | null;
}

export interface RewardCatalogue {
  points: number;
  items: RewardView[];
}

/** 我的优惠券: `status` is as of now (an active coupon past its expiry reads expired). */
export interface CouponView {
  couponId: string;
  title: string;
  kind: CouponKind;
  amountFen: number;
  minSpendFen: number;
  dealId: string | null;
  dealTitle: string | null;
  status: CouponStatus;
  orderId: string | null;
  expiresAt: string;
  createdAt: string;
}

export type CouponTab = 'active' | 'used' | 'expired';

/** The brand's catalogue editor: a reward with its counters. */
export interface AdminRewardView extends RewardView {
  total: number;
  redeemed: number;
  active: boolean;
}

/** What the brand saves (no rewardId: a new reward). */
export type RewardInput = { rewardId?: string } & Pick<
  AdminRewardView,
  'title' | 'kind' | 'pointsCost' | 'amountFen' | 'minSpendFen' | 'dealId' | 'total' | 'perMember' | 'validDays' | 'active'
> & { perkId?: string | null };

/** What a redemption gave: a coupon, or (a perk reward) the id of the voucher in 我的卡券. */
export interface RedeemResult {
  coupon: CouponView | null;
  voucherId: string | null;
  points: number;
}
