import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { DealView, DeliveryChoice, PaymentParams } from '@shared/api'
import type { CheckoutExtras } from '@/components/checkout-sheet'
import { arrivalCode } from '@/services/arrival-code'
import { toAppError } from '@/services/app-error'
import { rememberDelivery } from '@/services/delivery-memory'
import { buySolo, startGroup } from '@/services/groupbuy'
import { askForGroupResultNotice, pay } from '@/services/payment'
import { openGroup, openOrders } from '@/routes'

/** What a shopper asks for on the deal page. */
export type GroupIntent = { kind: 'solo' } | { kind: 'start' } | { kind: 'join'; groupId: string }
export type BuyIntent = Exclude<GroupIntent, { kind: 'join' }>

const UNPAID_TIP = '订单已保留，15分钟内可继续支付'

/**
 * Buying on the deal page: 开团 or 单独购买 opens the checkout sheet (how to receive the
 * goods); its 去支付 places the order and pays, then shows the group or my orders. 参团
 * opens the group, where joining happens.
 */
export function useGroupAction(deal: DealView | undefined) {
  const busy = useRef(false)
  const [checkout, setCheckout] = useState<BuyIntent | null>(null)
  const [paying, setPaying] = useState(false)

  const act = useCallback((intent: GroupIntent) => {
    if (!deal || busy.current) return
    if (intent.kind === 'join') openGroup(intent.groupId)
    else setCheckout(intent)
  }, [deal])

  // The tap on 去支付: consent to the group-result notice is asked first, before any await.
  const payWith = useCallback(
    async (choice: DeliveryChoice, extras: CheckoutExtras) => {
      if (!deal || !checkout || busy.current) return
      const consent = askForGroupResultNotice()
      busy.current = true
      setPaying(true)
      try {
        await consent
        Taro.showLoading({ title: '正在下单', mask: true })
        const code = arrivalCode()
        const order: { payment: PaymentParams; groupId?: string } =
          checkout.kind === 'start' ? await startGroup(deal.dealId, choice, code, extras) : await buySolo(deal.dealId, choice, code, extras)
        Taro.hideLoading()
        rememberDelivery(choice)
        setCheckout(null)
        const result = await pay(order.payment)
        if (order.groupId) openGroup(order.groupId)
        else openOrders()
        if (result === 'cancelled') Taro.showToast({ title: UNPAID_TIP, icon: 'none', duration: 2500 })
      } catch (error) {
        Taro.hideLoading()
        Taro.showToast({ title: toAppError(error).message, icon: 'none', duration: 2500 })
      } finally {
        busy.current = false
        setPaying(false)
      }
    },
    [deal, checkout],
  )

  return { act, checkout, paying, payWith, closeCheckout: () => setCheckout(null) }
}
