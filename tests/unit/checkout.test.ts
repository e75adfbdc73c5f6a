import type { AddressView, DealDeliveryView, PickupPointView } from '@shared/api'
import {
  checkoutAmounts,
  dealDeliveryText,
  deliveryChoice,
  initialAddressId,
  initialMode,
  initialPointId,
  modeNote,
  offeredModes,
  orderPoints,
  quantityLimit,
} from '@/utils/checkout'

const both: DealDeliveryView = { express: true, pickup: true, shippingFeeFen: 800, freeFromFen: 9900 }
const pickupOnly: DealDeliveryView = { express: false, pickup: true, shippingFeeFen: 0, freeFromFen: null }
const address = (addressId: string, isDefault = false): AddressView => ({
  addressId,
  name: '小满',
  phone: '13800138000',
  region: ['上海市', '上海市', '徐汇区'],
  detail: '漕溪北路 1 号',
  isDefault,
})
const point = (pointId: string, suggested = false): PickupPointView => ({
  pointId,
  name: pointId,
  address: '',
  hours: '',
  contactName: '',
  contactPhone: '',
  kind: 'leader',
  suggested,
})

describe('the delivery mode shown first at checkout', () => {
  it('is the mode chosen last time when the deal offers it', () => {
    expect(initialMode(both, { mode: 'pickup' })).toBe('pickup')
  })
  it('falls back to the first mode the deal offers', () => {
    expect(initialMode(pickupOnly, { mode: 'express', addressId: 'a1' })).toBe('pickup')
    expect(initialMode(both, null)).toBe('express')
    expect(offeredModes(pickupOnly)).toEqual(['pickup'])
  })
})

describe('the address and point preselected', () => {
  it('keeps the address used last time while it exists, else the default, else the first', () => {
    const list = [address('a1'), address('a2', true)]
    expect(initialAddressId(list, 'a1')).toBe('a1')
    expect(initialAddressId(list, 'gone')).toBe('a2')
    expect(initialAddressId([address('a3')], undefined)).toBe('a3')
    expect(initialAddressId([], 'a1')).toBeNull()
  })
  it("suggests the bound leader's point first, unless another was used last time", () => {
    const list = [point('p1'), point('p2', true)]
    expect(initialPointId(list, undefined)).toBe('p2')
    expect(initialPointId(list, 'p1')).toBe('p1')
    expect(orderPoints(list).map((p) => p.pointId)).toEqual(['p2', 'p1'])
  })
})

describe('what the shopper pays', () => {
  it('adds the express fee below the free-shipping amount', () => {
    expect(checkoutAmounts(2990, 'express', both)).toEqual({ goodsFen: 2990, feeFen: 800, discountFen: 0, totalFen: 3790, feeNote: '满¥99.00包邮' })
  })
  it('ships free from the free-shipping amount, and pickup never pays a fee', () => {
    expect(checkoutAmounts(9900, 'express', both)).toMatchObject({ feeFen: 0, totalFen: 9900, feeNote: '已满¥99.00包邮' })
    expect(checkoutAmounts(2990, 'pickup', both)).toMatchObject({ feeFen: 0, totalFen: 2990, feeNote: '自提免运费' })
    // A coupon comes off the goods; the free-shipping threshold still reads the goods before it.
    expect(checkoutAmounts(9900, 'express', both, 500)).toMatchObject({ feeFen: 0, discountFen: 500, totalFen: 9400 })
    expect(checkoutAmounts(2990, 'express', both, 500)).toMatchObject({ feeFen: 800, totalFen: 3290 })
  })
  it('says the fee under each mode', () => {
    expect(modeNote(2990, 'express', both)).toBe('运费¥8.00 · 满¥99.00包邮')
    expect(modeNote(2990, 'express', { ...both, freeFromFen: null })).toBe('运费¥8.00')
    expect(modeNote(2990, 'express', { ...both, shippingFeeFen: 0 })).toBe('包邮')
    expect(modeNote(2990, 'pickup', both)).toBe('到团长处取货')
  })
  it("describes the deal's delivery on the deal page", () => {
    expect(dealDeliveryText(both)).toBe('快递到家（运费¥8.00，满¥99.00包邮） · 团长自提')
    expect(dealDeliveryText(pickupOnly)).toBe('团长自提')
  })
})

describe('the choice sent with the order', () => {
  it('needs an address for express and a point for pickup', () => {
    expect(deliveryChoice('express', 'a1', null)).toEqual({ choice: { mode: 'express', addressId: 'a1' } })
    expect(deliveryChoice('express', null, 'p1')).toEqual({ missing: '请先添加收货地址' })
    expect(deliveryChoice('pickup', 'a1', 'p1')).toEqual({ choice: { mode: 'pickup', pointId: 'p1' } })
    expect(deliveryChoice('pickup', 'a1', null)).toEqual({ missing: '请选择自提点' })
  })
})

describe('the checkout quantity stepper', () => {
  it('stops at the per-user limit, or the stock when less is left', () => {
    expect(quantityLimit({ perUserLimit: 5, stockLeft: 100 })).toEqual({ max: 5, note: '每人限购 5 份', reached: false })
    expect(quantityLimit({ perUserLimit: 5, stockLeft: 3 })).toEqual({ max: 3, note: '仅剩 3 份', reached: false })
  })

  it('leaves only what the shopper has not bought yet under the limit, and says so', () => {
    expect(quantityLimit({ perUserLimit: 5, stockLeft: 100, myQuantity: 3 })).toEqual({ max: 2, note: '你已买 3 份，每人限购 5 份', reached: false })
    expect(quantityLimit({ perUserLimit: 5, stockLeft: 1, myQuantity: 3 })).toEqual({ max: 1, note: '你已买 3 份，每人限购 5 份，仅剩 1 份', reached: false })
  })

  it('offers nothing more once the shopper holds the whole limit', () => {
    expect(quantityLimit({ perUserLimit: 2, stockLeft: 50, myQuantity: 2 })).toEqual({ max: 1, note: '你已买 2 份，每人限购 2 份', reached: true })
  })
})
