import type { AddressView, DealDeliveryView, DeliveryChoice, DeliveryMode, PickupPointView } from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { shippingFee } from '@shared/domain/delivery'
import { formatYuan } from './format'

/** The shopper's last choice, remembered on the device so a returning shopper taps once. */
export interface RememberedDelivery {
  mode: DeliveryMode
  addressId?: string
  pointId?: string
}

export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = { express: '快递到家', pickup: '团长自提' }

/** The modes a deal offers, express first. */
export function offeredModes(delivery: DealDeliveryView): DeliveryMode[] {
  return (['express', 'pickup'] as const).filter((m) => delivery[m])
}

/** The mode shown first: the one chosen last time if the deal offers it, else the first offered. */
export function initialMode(delivery: DealDeliveryView, remembered: RememberedDelivery | null): DeliveryMode | null {
  const modes = offeredModes(delivery)
  if (remembered && modes.includes(remembered.mode)) return remembered.mode
  return modes[0] ?? null
}

/** The address preselected: the one used last time while it exists, else the default (listed first). */
export function initialAddressId(addresses: AddressView[], rememberedId: string | undefined): string | null {
  if (rememberedId && addresses.some((a) => a.addressId === rememberedId)) return rememberedId
  return (addresses.find((a) => a.isDefault) ?? addresses[0])?.addressId ?? null
}

/** The point preselected: the one used last time while offered, else the bound leader's (suggested), else the first. */
export function initialPointId(points: PickupPointView[], rememberedId: string | undefined): string | null {
  if (rememberedId && points.some((p) => p.pointId === rememberedId)) return rememberedId
  return (points.find((p) => p.suggested) ?? points[0])?.pointId ?? null
}

/** Suggested point first, the rest as listed. */
export function orderPoints(points: PickupPointView[]): PickupPointView[] {
  return [...points.filter((p) => p.suggested), ...points.filter((p) => !p.suggested)]
}

export interface CheckoutAmounts {
  goodsFen: Fen
  feeFen: Fen
  /** What a coupon takes off the goods (0 without one). */
  discountFen: Fen
  totalFen: Fen
  /** e.g. 运费 ¥8.00 · 满¥99.00包邮, 已满¥99.00包邮, 自提免运费 */
  feeNote: string
}

/**
 * What the shopper pays: goods less the coupon, plus the express fee (free above `freeFromFen`, read on
 * the goods before the coupon, as the order does; nothing for pickup).
 */
export function checkoutAmounts(goodsFen: Fen, mode: DeliveryMode, delivery: DealDeliveryView, discountFen: Fen = 0): CheckoutAmounts {
  const feeFen = shippingFee(mode, goodsFen, delivery)
  return { goodsFen, feeFen, discountFen, totalFen: goodsFen - discountFen + feeFen, feeNote: feeNote(goodsFen, mode, delivery) }
}

export interface QuantityLimit {
  /** The most the stepper offers (never below 1). */
  max: number
  /** Why it stops there: 每人限购 5 份, 仅剩 3 份, 你已买 2 份，每人限购 5 份. */
  note: string
  /** The shopper already holds the whole per-user limit: nothing more can be bought. */
  reached: boolean
}

/**
 * The quantity a shopper may pick: 1 up to the per-user limit less what they already hold
 * (`myQuantity`, as the server counts it), the stock left and 99.
 */
export function quantityLimit(deal: { perUserLimit: number; stockLeft: number; myQuantity?: number }): QuantityLimit {
  const held = Math.max(0, deal.myQuantity ?? 0)
  const allowed = Math.max(0, deal.perUserLimit - held)
  const max = Math.max(1, Math.min(allowed, deal.stockLeft, 99))
  const scarce = deal.stockLeft < allowed ? `仅剩 ${deal.stockLeft} 份` : ''
  const note = held > 0 ? [`你已买 ${held} 份，每人限购 ${deal.perUserLimit} 份`, scarce].filter(Boolean).join('，') : scarce || `每人限购 ${deal.perUserLimit} 份`
  return { max, note, reached: allowed === 0 }
}

function feeNote(goodsFen: Fen, mode: DeliveryMode, d: DealDeliveryView): string {
  if (mode === 'pickup') return '自提免运费'
  if (d.shippingFeeFen === 0) return '包邮'
  if (d.freeFromFen === null) return ''
  const from = formatYuan(d.freeFromFen)
  return goodsFen >= d.freeFromFen ? `已满${from}包邮` : `满${from}包邮`
}

/** The choice to send, or why there is none yet. */
export function deliveryChoice(
  mode: DeliveryMode | null,
  addressId: string | null,
  pointId: string | null,
): { choice: DeliveryChoice } | { missing: string } {
  if (mode === 'express') return addressId ? { choice: { mode, addressId } } : { missing: '请先添加收货地址' }
  if (mode === 'pickup') return pointId ? { choice: { mode, pointId } } : { missing: '请选择自提点' }
  return { missing: '这个拼团暂不支持下单' }
}

/** The small line under a mode's name: 运费 ¥8.00, 满¥99.00包邮, 包邮, 到团长处取货. */
export function modeNote(goodsFen: Fen, mode: DeliveryMode, d: DealDeliveryView): string {
  if (mode === 'pickup') return '到团长处取货'
  const fee = shippingFee(mode, goodsFen, d)
  if (fee === 0) return feeNote(goodsFen, mode, d)
  return d.freeFromFen === null ? `运费${formatYuan(fee)}` : `运费${formatYuan(fee)} · 满${formatYuan(d.freeFromFen)}包邮`
}

/** The deal page's line: 快递到家（运费¥8.00，满¥99.00包邮）· 团长自提 */
export function dealDeliveryText(d: DealDeliveryView): string {
  const parts: string[] = []
  if (d.express) {
    const fee = d.shippingFeeFen === 0 ? '包邮' : `运费${formatYuan(d.shippingFeeFen)}${d.freeFromFen !== null ? `，满${formatYuan(d.freeFromFen)}包邮` : ''}`
    parts.push(`快递到家（${fee}）`)
  }
  if (d.pickup) parts.push('团长自提')
  return parts.join(' · ')
}
