import type { GroupView, OrderView } from '@shared/api'
import { PAY_TIMEOUT_NOTE } from '@shared/domain/order'

export type ChipTone = 'green' | 'amber' | 'berry' | 'plain'

export interface StatusChip {
  label: string
  tone: ChipTone
}

/** The chip on an order: what state it is in, as a shopper says it. */
export function orderStatusChip(order: Pick<OrderView, 'status' | 'kind' | 'groupStatus'>): StatusChip {
  switch (order.status) {
    case 'pending_payment':
      return { label: '待支付', tone: 'berry' }
    case 'paid':
      return order.kind === 'group' && order.groupStatus !== 'succeeded'
        ? { label: '拼团中', tone: 'amber' }
        : { label: '已支付', tone: 'green' }
    case 'effective':
      return { label: '待发货', tone: 'green' }
    case 'completed':
      return { label: '已完成', tone: 'plain' }
    case 'cancelled':
      return { label: '已取消', tone: 'plain' }
    case 'refunding':
      return { label: '退款中', tone: 'amber' }
    case 'refunded':
      return { label: '已退款', tone: 'plain' }
    default:
      return { label: '处理中', tone: 'plain' }
  }
}

// Only a refund the platform completed (or the brand settled with the buyer) reads 已退款.
const REFUND_LABEL: Record<NonNullable<OrderView['refund']>['status'], string> = {
  pending: '退款处理中',
  failed: '退款重试中',
  processing: '退款处理中',
  succeeded: '已退款',
  abnormal: '退款异常，客服将联系您',
  resolved: '已退款（客服已处理）',
}

/** A line about the refund of an order, or null when there is none. */
export function refundText(refund: OrderView['refund']): string | null {
  return refund ? REFUND_LABEL[refund.status] : null
}

const overdue = (status: OrderView['status'], payBefore: string, now: number) =>
  status === 'pending_payment' && payBefore !== '' && Date.parse(payBefore) <= now

/**
 * An order as of `now`: unpaid past its pay time it is over (支付超时, cancelled, nothing
 * charged), as the server says too, before its release timer has run.
 */
export function orderAsOf(order: OrderView, now: number): OrderView {
  if (!overdue(order.status, order.payBefore, now)) return order
  return { ...order, status: 'cancelled', payExpired: true, nextStep: PAY_TIMEOUT_NOTE, delivery: { ...order.delivery, stage: 'cancelled' } }
}

/** A group page as of `now`: the caller's overdue unpaid seat is cancelled, and a group its leader never paid for has failed. */
export function groupAsOf(group: GroupView, now: number): GroupView {
  const mine = group.myOrder
  if (!mine || !overdue(mine.status, mine.payBefore, now)) return group
  return { ...group, status: group.status === 'pending' ? 'failed' : group.status, myOrder: { ...mine, status: 'cancelled' } }
}

/** The button that follows a cancelled order: the same deal again, alone or as a new group. */
export const againLabel = (order: Pick<OrderView, 'kind'>) => (order.kind === 'group' ? '重新开团' : '再来一单')
