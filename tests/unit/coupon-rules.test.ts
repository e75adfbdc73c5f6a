import { couponDiscount, couponRefusal, couponStatusAt, rankCoupons, type CouponTerms } from '../../cloudfunctions/shared/domain/coupon'
import { paidGoodsFen } from '../../cloudfunctions/shared/domain/order'
import { redeemRefusal } from '../../cloudfunctions/shared/domain/reward'
import { checkoutCoupons, chosenCoupon } from '../../src/utils/coupons'

const now = new Date('2026-12-02T04:00:00Z')
const later = new Date('2026-12-30T16:00:00Z')
const coupon = (over: Partial<CouponTerms> = {}): CouponTerms => ({ kind: 'coupon', amountFen: 500, minSpendFen: 3900, dealId: null, status: 'active', expiresAt: later, ...over })
const order = { dealId: 'oat', unitPriceFen: 2990, goodsFen: 5980 }

describe('coupon applicability', () => {
  it('applies an active coupon from its minimum spend, on any deal unless limited to one', () => {
    expect(couponRefusal(coupon(), order, now)).toBeNull()
    expect(couponRefusal(coupon(), { ...order, goodsFen: 3899 }, now)).toBe('MIN_SPEND')
    expect(couponRefusal(coupon(), { ...order, goodsFen: 3900 }, now)).toBeNull()
    expect(couponRefusal(coupon({ dealId: 'bowl' }), order, now)).toBe('OTHER_DEAL')
    expect(couponRefusal(coupon({ dealId: 'oat' }), order, now)).toBeNull()
  })
  it('refuses a coupon used, locked to another order, or past its expiry (even before a timer marks it)', () => {
    expect(couponRefusal(coupon({ status: 'used' }), order, now)).toBe('USED')
    expect(couponRefusal(coupon({ status: 'locked' }), order, now)).toBe('USED')
    expect(couponRefusal(coupon({ expiresAt: now }), order, now)).toBe('EXPIRED')
    expect(couponStatusAt('active', now, now)).toBe('expired')
    expect(couponStatusAt('used', now, now)).toBe('used')
  })
})

describe('coupon discount', () => {
  it('takes the amount off the goods, never leaving less than 1 fen to pay (WeChat Pay’s minimum)', () => {
    expect(couponDiscount(coupon(), order)).toBe(500)
    expect(couponDiscount(coupon({ amountFen: 9999 }), { unitPriceFen: 100, goodsFen: 100 })).toBe(99)
    expect(couponDiscount(coupon(), { unitPriceFen: 1, goodsFen: 1 })).toBe(0)
  })
  it('a free sample takes exactly one unit off, at the order’s unit price', () => {
    expect(couponDiscount(coupon({ kind: 'sample', amountFen: 3990 }), { unitPriceFen: 2990, goodsFen: 5980 })).toBe(2990)
    expect(couponDiscount(coupon({ kind: 'sample' }), { unitPriceFen: 2990, goodsFen: 2990 })).toBe(2989)
  })
  it('commission and order points are computed on the goods actually paid for', () => {
    expect(paidGoodsFen({ goodsFen: 5980, amountFen: 5480, discountFen: 500 })).toBe(5480)
    expect(paidGoodsFen({ goodsFen: 5980, amountFen: 6780 })).toBe(5980)
    expect(paidGoodsFen({ amountFen: 2990 })).toBe(2990)
  })
})

describe('coupons at checkout', () => {
  it('lists usable coupons first, biggest discount first, then soonest expiry; the rest say why not', () => {
    const soon = new Date('2026-12-10T16:00:00Z')
    const ranked = rankCoupons(
      [coupon({ amountFen: 300, minSpendFen: 0 }), coupon({ minSpendFen: 9900 }), coupon({ expiresAt: later }), coupon({ expiresAt: soon }), coupon({ dealId: 'bowl' })],
      order,
      now,
    )
    expect(ranked.map((r) => [r.discountFen, r.refusal])).toEqual([[500, null], [500, null], [300, null], [0, 'MIN_SPEND'], [0, 'OTHER_DEAL']])
    expect(ranked[0].coupon.expiresAt).toBe(soon)
  })
  it('says why in the shopper’s words, and picks the best usable one unless the shopper chose another or none', () => {
    const view = (id: string, over: Record<string, unknown>) => ({ couponId: id, title: id, kind: 'coupon' as const, amountFen: 500, minSpendFen: 3900, dealId: null, dealTitle: null, status: 'active' as const, orderId: null, expiresAt: later.toISOString(), createdAt: now.toISOString(), ...over })
    const ranked = checkoutCoupons([view('big', { minSpendFen: 9900, amountFen: 1500 }), view('five', {}), view('three', { amountFen: 300, minSpendFen: 0 }), view('oat', { dealId: 'bowl', dealTitle: '晨光能量碗' })], order, now)
    expect(ranked.map((r) => [r.coupon.couponId, r.reason])).toEqual([['five', null], ['three', null], ['big', '未满¥99.00'], ['oat', '仅限「晨光能量碗」']])
    expect(chosenCoupon(ranked, undefined)?.coupon.couponId).toBe('five')
    expect(chosenCoupon(ranked, 'three')?.coupon.couponId).toBe('three')
    expect(chosenCoupon(ranked, 'big')?.coupon.couponId).toBe('five') // no longer fits: the best that does
    expect(chosenCoupon(ranked, null)).toBeNull()
  })
})

describe('redeeming a reward', () => {
  const reward = { kind: 'coupon' as const, pointsCost: 300, total: 10, redeemed: 3, perMember: 2, active: true }
  it('needs an active reward with units left, a place under the member’s limit and enough points', () => {
    expect(redeemRefusal(reward, { points: 300, claimed: 1 })).toBeNull()
    expect(redeemRefusal(null, { points: 300, claimed: 0 })).toBe('NOT_FOUND')
    expect(redeemRefusal({ ...reward, active: false }, { points: 300, claimed: 0 })).toBe('NOT_FOUND')
    expect(redeemRefusal({ ...reward, redeemed: 10 }, { points: 300, claimed: 0 })).toBe('REWARD_EXHAUSTED')
    expect(redeemRefusal(reward, { points: 300, claimed: 2 })).toBe('LIMIT_EXCEEDED')
    expect(redeemRefusal(reward, { points: 299, claimed: 0 })).toBe('INSUFFICIENT_POINTS')
  })
})
