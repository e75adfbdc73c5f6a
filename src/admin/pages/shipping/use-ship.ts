import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ShipQueueItem, ShipResult } from '@shared/api'
import { newShipLine, resultsSummary, shipItemsFromLines, type ShipLine } from '@/admin/shipping'
import { toAppError } from '@/services/app-error'
import { dispatchPickup, shipOrders } from '@/services/fulfilment'

export interface Outcome {
  mode: 'ship' | 'dispatch'
  results: ShipResult[]
  titles: Record<string, string>
}

/** Shipping express orders (the sheet being filled) and dispatching pickup batches; the last outcome. */
export function useShip(onHandled: (orderIds: string[]) => void) {
  const [orders, setOrders] = useState<ShipQueueItem[] | null>(null)
  const [lines, setLines] = useState<ShipLine[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const open = (items: ShipQueueItem[]) => {
    setOrders(items)
    setLines((prev) => items.map((i) => prev.find((l) => l.orderId === i.orderId) ?? newShipLine(i.orderId, prev[prev.length - 1]?.company)))
    setErrors({})
  }

  const change = (orderId: string, c: Partial<ShipLine>) => {
    setLines((ls) => ls.map((l) => (l.orderId === orderId ? { ...l, ...c } : l)))
    setErrors((e) => ({ ...e, [orderId]: '' }))
  }

  const finish = (mode: Outcome['mode'], results: ShipResult[], items: ShipQueueItem[]) => {
    const titles = Object.fromEntries(items.map((i) => [i.orderId, `${i.title} · ${i.buyerNickname || '微信用户'}`]))
    setOutcome({ mode, results, titles })
    onHandled(results.filter((r) => r.result !== 'refused').map((r) => r.orderId))
    Taro.showToast({ title: resultsSummary(results, mode), icon: 'none', duration: 2500 })
  }

  const submit = async () => {
    if (!orders || busy) return
    const checked = shipItemsFromLines(lines)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setBusy(true)
    try {
      finish('ship', await shipOrders(checked.items), orders)
      setOrders(null)
      setLines([])
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  const dispatch = async (pointId: string, items: ShipQueueItem[]) => {
    if (busy || !items.length) return
    setBusy(true)
    try {
      finish('dispatch', await dispatchPickup(pointId, items.map((i) => i.orderId)), items)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  return { orders, lines, errors, busy, outcome, open, change, submit, dispatch, close: () => !busy && setOrders(null), dismiss: () => setOutcome(null) }
}
