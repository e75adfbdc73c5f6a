import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { RewardView } from '@shared/api'
import { couponFace, couponScope } from '@/utils/coupons'
import './coupon-ticket.scss'

export interface CouponTicketProps {
  /** A coupon, or a catalogue reward (a perk reward shows its partner's perk). */
  coupon: Pick<RewardView, 'kind' | 'title' | 'amountFen' | 'minSpendFen' | 'dealTitle'> & { perkTitle?: string | null }
  /** Greyed: used or expired. */
  spent?: boolean
  /** The bottom line: points and 兑换 in the catalogue, expiry and status in 我的优惠券. */
  children: ReactNode
}

/** A coupon as a ticket: its value and condition on the stub, what it is and where it works beside. */
export function CouponTicket({ coupon, spent, children }: CouponTicketProps) {
  const face = couponFace(coupon)
  return (
    <View className={`coupon-ticket ${spent ? 'coupon-ticket--spent' : ''}`}>
      <View className='coupon-ticket__stub'>
        <Text className={`coupon-ticket__value ${coupon.kind === 'sample' ? 'coupon-ticket__value--sample' : ''}`}>{face.value}</Text>
        <Text className='coupon-ticket__condition'>{face.condition}</Text>
      </View>
      <View className='coupon-ticket__body'>
        <Text className='coupon-ticket__title'>{coupon.title}</Text>
        <Text className='coupon-ticket__scope'>{couponScope(coupon)}</Text>
        <View className='coupon-ticket__foot'>{children}</View>
      </View>
    </View>
  )
}
