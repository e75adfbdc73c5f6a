import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CheckoutCoupon } from '@/utils/coupons'
import { couponFace, couponScope } from '@/utils/coupons'
import { formatYuan } from '@/utils/format'

export interface CouponPickerProps {
  coupons: CheckoutCoupon[]
  chosen: CheckoutCoupon | null
  onChoose: (couponId: string | null) => void
}

/** 优惠券: the best usable coupon is chosen; tapping the line lists them all, the unusable ones with why (未满¥39.00 等). */
export function CouponPicker({ coupons, chosen, onChoose }: CouponPickerProps) {
  const [open, setOpen] = useState(false)
  if (!coupons.length) return null
  const usable = coupons.filter((c) => !c.reason).length
  const summary = chosen ? `-${formatYuan(chosen.discountFen)}` : usable ? `${usable} 张可用` : '暂无可用'
  const pick = (couponId: string | null) => {
    onChoose(couponId)
    setOpen(false)
  }
  return (
    <View className='coupon-picker'>
      <View className='coupon-picker__line' onClick={() => setOpen(!open)}>
        <Text className='coupon-picker__label'>优惠券</Text>
        <Text className={`coupon-picker__summary ${chosen ? 'coupon-picker__summary--on' : ''}`}>
          {summary} {open ? '▴' : '▾'}
        </Text>
      </View>
      {open ? (
        <View className='coupon-picker__list'>
          {coupons.map(({ coupon, reason }) => {
            const face = couponFace(coupon)
            const selected = chosen?.coupon.couponId === coupon.couponId
            return (
              <View
                key={coupon.couponId}
                className={`coupon-option ${selected ? 'coupon-option--selected' : ''} ${reason ? 'coupon-option--off' : ''}`}
                data-coupon-id={coupon.couponId}
                onClick={reason ? undefined : () => pick(coupon.couponId)}
              >
                <View className='address-option__radio' />
                <View className='address-option__body'>
                  <Text className='address-option__who'>
                    {coupon.title} · {face.value} {face.condition}
                  </Text>
                  <Text className='address-option__line'>{reason ?? couponScope(coupon)}</Text>
                </View>
              </View>
            )
          })}
          <Text className='coupon-picker__none' onClick={() => pick(null)}>
            不使用优惠券
          </Text>
        </View>
      ) : null}
    </View>
  )
}
