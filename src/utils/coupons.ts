import type { CouponView, RewardView } from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { CouponRefusal, rankCoupons, RankedCoupon } from '@shared/domain/coupon'
import { perkRewardLine } from '@shared/domain/reward'
import { formatYuan } from './format'

/** The coupon's face: ¥5.00 with 满¥39.00可用 (or 无门槛), a sample's 免费试吃 with 免 1 份, a perk reward's 权益 到店核销. */
export function couponFace(c: Pick<RewardView, 'kind' | 'amountFen' | 'minSpendFen'>): { value: string; condition: string } {
  if (c.kind === 'sample') return { value: '免费试吃', condition: '免 1 份' }
  if (c.kind === 'perk') return { value: '权益', condition: '到店核销' }
  return { value: formatYuan(c.amountFen), condition: c.minSpendFen > 0 ? `满${formatYuan(c.minSpendFen)}可用` : '无门槛' }
}

/** Where it can be used: 全场通用, or 仅限「燕麦坚果脆」; a perk reward: 合作伙伴权益 · 山月瑜伽 一节瑜伽体验课. */
export function couponScope(c: Pick<CouponView, 'dealTitle'> & Partial<Pick<RewardView, 'kind' | 'perkTitle'>>): string {
  if (c.kind === 'perk') return perkRewardLine(c.perkTitle ?? '')
  return c.dealTitle ? `仅限「${c.dealTitle}」` : '全场拼团通用'
}

/** Why a coupon does not fit this order: 未满¥39.00, 仅限「…」, 已过期, 已使用. */
export function refusalText(refusal: CouponRefusal, c: Pick<CouponView, 'minSpendFen' | 'dealTitle'>): string {
  if (refusal === 'MIN_SPEND') return `未满${formatYuan(c.minSpendFen)}`
  if (refusal === 'OTHER_DEAL') return c.dealTitle ? `仅限「${c.dealTitle}」` : '仅限指定商品'
  if (refusal === 'EXPIRED') return '已过期'
  return '已使用'
}

export interface CheckoutCoupon {
  coupon: CouponView
  discountFen: Fen
  /** Null when usable on this order. */
  reason: string | null
}

/** The shopper's coupons for this order: usable ones first, the biggest discount first; the rest with why not. */
export function checkoutCoupons(coupons: CouponView[], order: { dealId: string; unitPriceFen: Fen; goodsFen: Fen }, now: Date): CheckoutCoupon[] {
  const terms = coupons.map((c) => ({ ...c, expiresAt: new Date(c.expiresAt), view: c }))
  return rankCoupons(terms, order, now).map((r: RankedCoupon<(typeof terms)[number]>) => ({
    coupon: r.coupon.view,
    discountFen: r.discountFen,
    reason: r.refusal ? refusalText(r.refusal, r.coupon) : null,
  }))
}

/** The coupon chosen: the one picked while it still fits, else the best usable one (null: 不使用优惠券). */
export function chosenCoupon(ranked: CheckoutCoupon[], pickedId: string | null | undefined): CheckoutCoupon | null {
  if (pickedId === null) return null
  const picked = ranked.find((r) => r.coupon.couponId === pickedId && !r.reason)
  return picked ?? (ranked[0] && !ranked[0].reason ? ranked[0] : null)
}
