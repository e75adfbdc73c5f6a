import Taro from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import type { DealView, PaymentParams } from '@shared/api'
import { arrivalCode } from '@/services/arrival-code'
import { toAppError } from '@/services/app-error'
import { buySolo, startGroup } from '@/services/groupbuy'
import { pay } from '@/services/payment'
import { openGroup, openOrders } from '@/routes'

/** What a shopper asks for on the deal page. */
export type GroupIntent = { kind: 'solo' } | { kind: 'start' } | { kind: 'join'; groupId: string }

const UNPAID_TIP = '订单已保留，15分钟内可继续支付'

/**
 * The one entry point for buying on the deal page: start a group and pay (then its group
 * page), buy alone and pay (then my orders), or open a group to join it there.
 */
export function useGroupAction(deal: DealView | undefined) {
  const busy = useRef(false)
  return useCallback(
    async (intent: GroupIntent) => {
      if (!deal || busy.current) return
      if (intent.kind === 'join') {
        openGroup(intent.groupId)
        return
      }
      busy.current = true
      try {
        Taro.showLoading({ title: '正在下单', mask: true })
        const code = arrivalCode()
        const order: { payment: PaymentParams; groupId?: string } =
          intent.kind === 'start' ? await startGroup(deal.dealId, code) : await buySolo(deal.dealId, code)
        Taro.hideLoading()
        const result = await pay(order.payment)
        if (order.groupId) openGroup(order.groupId)
        else openOrders()
        if (result === 'cancelled') Taro.showToast({ title: UNPAID_TIP, icon: 'none', duration: 2500 })
      } catch (error) {
        Taro.hideLoading()
        Taro.showToast({ title: toAppError(error).message, icon: 'none', duration: 2500 })
      } finally {
        busy.current = false
      }
    },
    [deal],
  )
}
