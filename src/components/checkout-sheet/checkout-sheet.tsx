import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { DealView, DeliveryChoice, DeliveryMode } from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { toAppError } from '@/services/app-error'
import { importWechatAddress } from '@/services/addresses'
import { rememberDelivery } from '@/services/delivery-memory'
import { openAddressEdit, openAddresses } from '@/routes'
import { checkoutAmounts, deliveryChoice, DELIVERY_MODE_LABELS, modeNote, offeredModes, quantityLimit } from '@/utils/checkout'
import { formatYuan } from '@/utils/format'
import { AddressOptions } from './address-options'
import { CheckoutTotal } from './checkout-total'
import { PickupOptions } from './pickup-options'
import { useCheckoutOptions } from './use-checkout-options'
import { useCheckoutCoupons } from './use-checkout-coupons'
import { CouponPicker } from './coupon-picker'
import { QuantityStepper } from './quantity-stepper'
import { SheetHead } from '@/components/sheet-head'
import './checkout-sheet.scss'

/** What the shopper settled on besides the delivery. */
export interface CheckoutExtras {
  quantity: number
  couponId?: string
}

export interface CheckoutSheetProps {
  deal: DealView
  /** The price of one unit for this way of buying (group or solo). */
  unitPriceFen: Fen
  /** 发起拼团, 参与拼团, 单独购买 */
  heading: string
  busy: boolean
  /** Called inside the tap on 去支付 (WeChat's subscription consent must be asked there). */
  onPay: (choice: DeliveryChoice, extras: CheckoutExtras) => void
  onClose: () => void
}

/**
 * Checkout: how many (within the per-user limit and the stock), how the goods reach the
 * shopper (as the deal allows), a coupon (the best usable one chosen), the total, then pay.
 */
export function CheckoutSheet({ deal, unitPriceFen, heading, busy, onPay, onClose }: CheckoutSheetProps) {
  const o = useCheckoutOptions(deal.dealId, deal.delivery)
  const [quantity, setQuantity] = useState(1)
  const limit = quantityLimit(deal)
  const goodsFen = unitPriceFen * quantity
  const coupons = useCheckoutCoupons({ dealId: deal.dealId, unitPriceFen, goodsFen })
  const modes = offeredModes(deal.delivery)
  const amounts = checkoutAmounts(goodsFen, o.mode ?? 'pickup', deal.delivery, coupons.chosen?.discountFen ?? 0)
  const picked = deliveryChoice(o.mode, o.addressId, o.pointId)

  const fromWechat = async () => {
    try {
      const address = await importWechatAddress()
      if (!address) return
      rememberDelivery({ mode: 'express', addressId: address.addressId })
      await o.loadAddresses()
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    }
  }
  const pay = () => {
    if ('missing' in picked) {
      Taro.showToast({ title: picked.missing, icon: 'none' })
      return
    }
    onPay(picked.choice, { quantity, ...(coupons.chosen ? { couponId: coupons.chosen.coupon.couponId } : {}) })
  }

  return (
    <View className='checkout-sheet'>
      <View className='checkout-sheet__mask' onClick={busy ? undefined : onClose} />
      <View className='checkout-sheet__panel'>
        <SheetHead block='checkout-sheet' titleElement='heading' title={heading} onClose={busy ? undefined : onClose} />
        <Text className='checkout-sheet__title'>{deal.title}</Text>
        <QuantityStepper
          value={quantity}
          max={limit.max}
          limitNote={limit.note}
          onChange={setQuantity}
        />
        <View className='checkout-sheet__modes'>
          {modes.map((m: DeliveryMode) => (
            <View
              key={m}
              className={`delivery-option delivery-option--${m} ${o.mode === m ? 'delivery-option--active' : ''}`}
              onClick={() => o.setMode(m)}
            >
              <Text className='delivery-option__label'>{DELIVERY_MODE_LABELS[m]}</Text>
              <Text className='delivery-option__note'>{modeNote(goodsFen, m, deal.delivery)}</Text>
            </View>
          ))}
        </View>
        <View className='checkout-sheet__choices'>
          {o.mode === 'express' ? (
            o.addresses.status === 'ready' ? (
              <AddressOptions
                addresses={o.addresses.items}
                selectedId={o.addressId}
                onSelect={o.setAddressId}
                onAdd={() => openAddressEdit(undefined, 'checkout')}
                onWechat={fromWechat}
                onManage={openAddresses}
              />
            ) : (
              <LoadLine state={o.addresses} onRetry={o.loadAddresses} />
            )
          ) : null}
          {o.mode === 'pickup' ? (
            o.points.status === 'ready' ? (
              <PickupOptions points={o.points.items} selectedId={o.pointId} onSelect={o.setPointId} />
            ) : (
              <LoadLine state={o.points} onRetry={o.loadPoints} />
            )
          ) : null}
        </View>
        <CouponPicker coupons={coupons.ranked} chosen={coupons.chosen} onChoose={coupons.choose} />
        <CheckoutTotal amounts={amounts} express={o.mode === 'express'} />
        <Button className='checkout-sheet__pay' disabled={busy || limit.reached || undefined} onClick={pay}>
          {busy ? '正在下单…' : limit.reached ? `已达每人限购 ${deal.perUserLimit} 份` : `去支付 ${formatYuan(amounts.totalFen)}`}
        </Button>
      </View>
    </View>
  )
}

function LoadLine({ state, onRetry }: { state: { status: string; message?: string }; onRetry: () => void }) {
  if (state.status === 'loading') return <Text className='address-options__empty'>加载中…</Text>
  return (
    <Text className='address-options__empty address-options__empty--error' onClick={onRetry}>
      {state.message}，点击重试
    </Text>
  )
}
