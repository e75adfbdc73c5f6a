import type { ShipItem, ShipQueueItem, ShipResult } from '@shared/api'
import { shanghaiDayKey } from '@shared/domain/calendar'

/** The couriers offered first in the company picker (any other can be typed). */
export const COURIERS = ['顺丰速运', '中通快递', '圆通速递', '韵达速递', '申通快递', '京东物流', 'EMS'] as const

/** One order's line in the ship form: its courier and tracking number as typed. */
export interface ShipLine {
  orderId: string
  company: string
  trackingNo: string
}

export const newShipLine = (orderId: string, company: string = COURIERS[0]): ShipLine => ({ orderId, company, trackingNo: '' })

const TRACKING = /^[A-Za-z0-9-]{6,40}$/

/** The lines as shipOrders items, or a Chinese message per order whose line is wrong. */
export function shipItemsFromLines(lines: ShipLine[]): { ok: true; items: ShipItem[] } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const items = lines.map((l) => ({ orderId: l.orderId, company: l.company.trim(), trackingNo: l.trackingNo.trim().replace(/\s+/g, '') }))
  for (const item of items) {
    if (!item.company) errors[item.orderId] = '请选择快递公司'
    else if (!item.trackingNo) errors[item.orderId] = '请填写快递单号'
    else if (!TRACKING.test(item.trackingNo)) errors[item.orderId] = '单号为 6–40 位字母或数字'
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, items }
}

/** Pickup orders waiting to reach their point, grouped by point (in first-seen order). */
export interface PointBatch {
  pointId: string
  name: string
  address: string
  items: ShipQueueItem[]
}

export function groupByPoint(items: ShipQueueItem[]): PointBatch[] {
  const batches = new Map<string, PointBatch>()
  for (const item of items) {
    const point = item.delivery.point
    const pointId = point?.pointId ?? ''
    const batch = batches.get(pointId) ?? { pointId, name: point?.name ?? '未知自提点', address: point?.address ?? '', items: [] }
    batch.items.push(item)
    batches.set(pointId, batch)
  }
  return [...batches.values()]
}

/** A result as the operator reads it. */
export function resultText(r: ShipResult, mode: 'ship' | 'dispatch'): string {
  if (r.result === 'shipped') return mode === 'ship' ? '已发货' : '已到货，取货码已发给买家'
  if (r.result === 'already') return mode === 'ship' ? '之前已发货，未重复发货' : '之前已到货'
  return r.error?.message || '未处理'
}

/** '3 单已发货，1 单失败' and the like. */
export function resultsSummary(results: ShipResult[], mode: 'ship' | 'dispatch'): string {
  const done = results.filter((r) => r.result === 'shipped').length
  const already = results.filter((r) => r.result === 'already').length
  const refused = results.length - done - already
  const parts = [`${done} 单${mode === 'ship' ? '已发货' : '已到货'}`]
  if (already) parts.push(`${already} 单此前已处理`)
  if (refused) parts.push(`${refused} 单未成功`)
  return parts.join('，')
}

/** The orders that became effective on a Shanghai day ('YYYY-MM-DD'); all when no day is set. */
export function onDay(items: ShipQueueItem[], day: string): ShipQueueItem[] {
  if (!day) return items
  const key = day.replace(/-/g, '')
  return items.filter((i) => {
    const at = Date.parse(i.effectiveAt)
    return !Number.isNaN(at) && shanghaiDayKey(new Date(at)) === key
  })
}

/** The delivery line of a card: the address for express, the point for pickup. */
export function deliveryLine(item: ShipQueueItem): string {
  const { address, point } = item.delivery
  if (address) return `${address.name} ${address.phone} · ${address.region.join('')}${address.detail}`
  if (point) return `自提：${point.name} · ${point.address}`
  return ''
}
