import type { FulfilmentStage, OrderView } from '@shared/api'
import { STAGE_LABELS } from '@shared/domain/delivery'
import type { StatusChip } from './order-status'
import { formatDate } from './format'

const STAGE_TONES: Record<FulfilmentStage, StatusChip['tone']> = {
  unpaid: 'berry',
  grouping: 'amber',
  to_ship: 'green',
  to_arrive: 'green',
  shipped: 'green',
  at_point: 'berry',
  completed: 'plain',
  after_sale: 'amber',
  refunding: 'amber',
  refunded: 'plain',
  cancelled: 'plain',
}

/** The chip on an order: its stage as the shopper lives it (待发货, 已发货, 待自提, …). */
export function stageChip(stage: FulfilmentStage): StatusChip {
  return { label: STAGE_LABELS[stage], tone: STAGE_TONES[stage] }
}

export interface OrderNextActions {
  /** 确认收货: an express order on its way. */
  receipt: boolean
  /** 取货码: a pickup order whose goods are at the point. */
  pickupCode: boolean
  /** 申请售后: completed, inside the window, no request yet (or the last one was refused). */
  afterSale: boolean
}

export function orderNextActions(order: Pick<OrderView, 'delivery'>, now: Date): OrderNextActions {
  const d = order.delivery
  const openWindow = d.stage === 'completed' && mayAskAgain(d) && d.afterSaleUntil !== '' && now < new Date(d.afterSaleUntil)
  return {
    receipt: d.mode === 'express' && d.stage === 'shipped',
    pickupCode: d.mode === 'pickup' && d.stage === 'at_point',
    afterSale: openWindow,
  }
}

const mayAskAgain = (d: OrderView['delivery']) => !d.afterSale || d.afterSale.status === 'rejected'

/** A line about what happens next with the goods, or '' when the order says enough. */
export function deliveryHint(order: Pick<OrderView, 'delivery'>, now: Date): string {
  const d = order.delivery
  switch (d.stage) {
    case 'to_ship':
      return '商家备货中，发货后可查看物流单号'
    case 'to_arrive':
      return '货品送达自提点后会通知你来取'
    case 'shipped':
      return d.autoReceiveAt ? `${formatDate(d.autoReceiveAt, now.getTime())} 将自动确认收货` : ''
    case 'at_point':
      return '货已到自提点，凭取货码取货'
    case 'completed':
      return d.afterSaleUntil && now < new Date(d.afterSaleUntil) && mayAskAgain(d) ? `${formatDate(d.afterSaleUntil, now.getTime())} 前可申请售后` : ''
    default:
      return ''
  }
}

const AFTER_SALE_STATUS = { open: '售后处理中', approved: '售后已通过', rejected: '售后未通过' } as const
export const AFTER_SALE_KINDS = { refund_only: '仅退款', return_refund: '退货退款' } as const

/** The after-sale line: its kind and state, and the brand's note when it was refused. */
export function afterSaleText(a: NonNullable<OrderView['delivery']['afterSale']>): string {
  const head = `${AFTER_SALE_KINDS[a.kind]} · ${AFTER_SALE_STATUS[a.status]}`
  if (a.status === 'rejected') return a.note ? `${head}：${a.note}` : head
  if (a.status === 'approved') return `${head}，退款原路退回`
  return `${head}，品牌会尽快处理`
}

/** 123456 → 123 456, easier to read out at the counter. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code
}
