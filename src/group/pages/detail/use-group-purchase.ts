import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { DeliveryChoice, GroupView, PaymentParams } from '@shared/api'
import type { CheckoutExtras } from '@/components/checkout-sheet'
import { arrivalCode } from '@/services/arrival-code'
import { toAppError } from '@/services/app-error'
import { rememberDelivery } from '@/services/delivery-memory'
import { joinGroup, payOrder } from '@/services/groupbuy'
import { askForGroupResultNotice, pay } from '@/services/payment'

/**
 * Joining the group on screen (参与拼团 opens the checkout sheet; its 去支付 joins and pays),
 * or paying again for the caller's unpaid seat; then a refresh.
 */
export function useGroupPurchase(group: GroupView | undefined, refresh: () => Promise<unknown>) {
  const running = useRef(false)
  const [busy, setBusy] = useState(false)
  const [checkout, setCheckout] = useState(false)

  // Called straight from a tap: consent to the group-result notice is asked before any await.
  const run = useCallback(
    async (order: () => Promise<{ payment: PaymentParams }>) => {
      if (running.current) return
      const consent = askForGroupResultNotice()
      running.current = true
      setBusy(true)
      try {
        await consent
        Taro.showLoading({ title: '正在下单', mask: true })
        const { payment } = await order()
        Taro.hideLoading()
        setCheckout(false)
        const result = await pay(payment)
        Taro.showToast(
          result === 'paid'
            ? { title: '支付成功', icon: 'success' }
            : { title: '订单已保留，15分钟内可继续支付', icon: 'none', duration: 2500 },
        )
      } catch (error) {
        Taro.hideLoading()
        Taro.showToast({ title: toAppError(error).message, icon: 'none', duration: 2500 })
      } finally {
        running.current = false
        setBusy(false)
        await refresh()
      }
    },
    [refresh],
  )

  const join = useCallback(() => {
    if (group && !running.current) setCheckout(true)
  }, [group])

  const joinWith = useCallback(
    (choice: DeliveryChoice, extras: CheckoutExtras) => {
      if (!group) return
      run(async () => {
        const placed = await joinGroup(group.groupId, choice, arrivalCode(), extras)
        rememberDelivery(choice)
        return placed
      })
    },
    [group, run],
  )

  const payAgain = useCallback(() => {
    const orderId = group?.myOrder?.orderId
    if (orderId) run(() => payOrder(orderId))
  }, [group, run])

  return { busy, join, joinWith, payAgain, checkout, closeCheckout: () => setCheckout(false) }
}
