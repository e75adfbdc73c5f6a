import type { AdminRewardView, CouponTab, CouponView, RedeemResult, RewardCatalogue, RewardInput } from '@shared/api'
import { invoke } from './api-client'

// 积分兑换: the catalogue, redeeming points for a coupon, and 我的优惠券.

export function rewardCatalogue(): Promise<RewardCatalogue> {
  return invoke('member', 'rewardCatalogue', {})
}

/** `requestId`: one per tap, so a retried call is the same redemption. A perk reward gives a voucher (我的卡券), not a coupon. */
export function redeemReward(rewardId: string, requestId: string): Promise<RedeemResult> {
  return invoke('member', 'redeemReward', { rewardId, requestId })
}

export function myCoupons(status?: CouponTab): Promise<{ items: CouponView[]; counts: Record<CouponTab, number> }> {
  return invoke('member', 'myCoupons', status ? { status } : {})
}

// 品牌管理 → 积分商城 (admin only).

export async function listRewards(): Promise<AdminRewardView[]> {
  return (await invoke('admin', 'listRewards', {})).items
}

/** Creates a reward (no rewardId) or edits one. */
export async function saveReward(input: RewardInput): Promise<AdminRewardView> {
  return (await invoke('admin', 'saveReward', input)).reward
}
