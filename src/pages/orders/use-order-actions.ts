import Taro from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import type { OrderView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { cancelOrder, getOrder, payOrder } from '@/services/groupbuy'
import { pay } from '@/services/payment'

const toastError = (error: unknown) => Taro.showToast({ title: toAppError(error).message, icon: 'none', duration: 2500 })

/** 去支付 and 取消订单 on one order; the order on screen is replaced by its new state. */
export function useOrderActions(replace: (order: OrderView) => void) {
  const busy = useRef(false)

  const guarded = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return
    busy.current = true
    try {
      await work()
    } catch (error) {
      Taro.hideLoading()
      toastError(error)
    } finally {
      busy.current = false
    }
  }, [])

  const payFor = useCallback(
    (order: OrderView) =>
      guarded(async () => {
        Taro.showLoading({ title: '请稍候', mask: true })
        const { payment } = await payOrder(order.orderId)
        Taro.hideLoading()
        const result = await pay(payment)
        if (result === 'paid') Taro.showToast({ title: '支付成功', icon: 'success' })
        replace(await getOrder(order.orderId))
      }),
    [guarded, replace],
  )

  const cancel = useCallback(
    (order: OrderView) =>
      guarded(async () => {
        const { confirm } = await Taro.showModal({
          title: '取消订单',
          content: `确定取消「${order.title}」的订单吗？保留的名额和库存会释放给其他人。`,
          confirmText: '取消订单',
          confirmColor: '#d9534f',
          cancelText: '再想想',
        })
        if (!confirm) return
        replace(await cancelOrder(order.orderId))
        Taro.showToast({ title: '订单已取消', icon: 'none' })
      }),
    [guarded, replace],
  )

  return { payFor, cancel }
}
