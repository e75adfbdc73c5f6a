import type { OrderView } from '@shared/api'
import { formatYuan } from './format'

/** The lines under an order's amount: the coupon taken off (优惠券 -¥5.00), then the shipping in it (含运费 ¥8.00, 免运费). */
export function amountNotes(order: Pick<OrderView, 'discountFen' | 'delivery'>): string[] {
  const notes: string[] = []
  if (order.discountFen > 0) notes.push(`优惠券 -${formatYuan(order.discountFen)}`)
  const d = order.delivery
  if (d && d.shippingFeeFen > 0) notes.push(`含运费 ${formatYuan(d.shippingFeeFen)}`)
  else if (d && d.mode === 'express') notes.push('免运费')
  return notes
}
