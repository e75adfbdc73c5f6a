import type { OrderDeliveryView } from '@shared/api'
import { amountNotes } from '@/utils/order-amounts'

const delivery = (over: Partial<OrderDeliveryView>): OrderDeliveryView => ({ mode: 'express', shippingFeeFen: 0, ...over }) as OrderDeliveryView

describe('the lines under an order\'s amount', () => {
  it('shows the coupon taken off before the shipping in it, in the one money format', () => {
    expect(amountNotes({ discountFen: 500, delivery: delivery({ shippingFeeFen: 800 }) })).toEqual(['优惠券 -¥5.00', '含运费 ¥8.00'])
  })

  it('says 免运费 for free express and nothing for pickup', () => {
    expect(amountNotes({ discountFen: 0, delivery: delivery({}) })).toEqual(['免运费'])
    expect(amountNotes({ discountFen: 1500, delivery: delivery({ mode: 'pickup' }) })).toEqual(['优惠券 -¥15.00'])
  })

  it('shows nothing for a pickup order without a coupon', () => {
    expect(amountNotes({ discountFen: 0, delivery: delivery({ mode: 'pickup' }) })).toEqual([])
  })
})
