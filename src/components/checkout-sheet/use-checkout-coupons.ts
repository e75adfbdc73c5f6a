import { useEffect, useMemo, useState } from 'react'
import type { CouponView } from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { myCoupons } from '@/services/rewards'
import { checkoutCoupons, chosenCoupon } from '@/utils/coupons'

/**
 * The shopper's unused coupons for this order, ranked (best first), and the one
 * chosen: the best usable one unless the shopper picked another or none. A coupon
 * that stops fitting (fewer units) falls back to the best one that fits.
 */
export function useCheckoutCoupons({ dealId, unitPriceFen, goodsFen }: { dealId: string; unitPriceFen: Fen; goodsFen: Fen }) {
  const [coupons, setCoupons] = useState<CouponView[]>([])
  const [picked, setPicked] = useState<string | null | undefined>(undefined)
  useEffect(() => {
    myCoupons('active')
      .then(({ items }) => setCoupons(items.filter((c) => c.status === 'active')))
      .catch(() => setCoupons([])) // no coupons shown: checkout goes on without one
  }, [])
  const ranked = useMemo(() => checkoutCoupons(coupons, { dealId, unitPriceFen, goodsFen }, new Date()), [coupons, dealId, unitPriceFen, goodsFen])
  return { ranked, chosen: chosenCoupon(ranked, picked), choose: setPicked }
}
