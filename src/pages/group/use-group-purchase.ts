import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { GroupView, PaymentParams } from '@shared/api'
import { arrivalCode } from '@/services/arrival-code'
import { toAppError } from '@/services/app-error'
import { joinGroup, payOrder } from '@/services/groupbuy'
import { pay } from '@/services/payment'

/** Joining the group on screen, or paying again for the caller's unpaid seat; then a refresh. */
export function useGroupPurchase(group: GroupView | undefined, refresh: () => Promise<unknown>) {
  const running = useRef(false)
  const [busy, setBusy] = useState(false)

  const run = useCallback(
    async (order: () => Promise<{ payment: PaymentParams }>) => {
      if (running.current) return
      running.current = true
      setBusy(true)
      try {
        Taro.showLoading({ title: '正在下单', mask: true })
        const { payment } = await order()
        Taro.hideLoading()
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
    if (group) run(() => joinGroup(group.groupId, arrivalCode()))
  }, [group, run])

  const payAgain = useCallback(() => {
    const orderId = group?.myOrder?.orderId
    if (orderId) run(() => payOrder(orderId))
  }, [group, run])

  return { busy, join, payAgain }
}
