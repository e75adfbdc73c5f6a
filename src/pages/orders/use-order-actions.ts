import Taro from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import type { OrderView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { cancelOrder, confirmReceipt, getOrder, payOrder } from '@/services/groupbuy'
import { askForGroupResultNotice, pay } from '@/services/payment'

const toastError = (error: unknown) => Taro.showToast({ title: toAppError(error).message, icon: 'none', duration: 2500 })

/** 去支付, 取消订单 and 确认收货 on one order; the order on screen is replaced by its new state. */
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
        await askForGroupResultNotice() // first in the tap, as WeChat requires
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

  const receive = useCallback(
    (order: OrderView) =>
      guarded(async () => {
        const { confirm } = await Taro.showModal({
          title: '确认收货',
          content: `确认已收到「${order.title}」吗？确认后订单完成，如有问题可在售后期内申请售后。`,
          confirmText: '确认收货',
          confirmColor: '#2f6b3f',
          cancelText: '还没收到',
        })
        if (!confirm) return
        replace(await confirmReceipt(order.orderId))
        Taro.showToast({ title: '已确认收货', icon: 'success' })
      }),
    [guarded, replace],
  )

  return { payFor, cancel, receive }
}
