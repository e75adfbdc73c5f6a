import type { CommissionView } from '@shared/api'
import { formatDate } from './format'
import type { StatusChip } from './order-status'

const CHIPS: Record<CommissionView['status'], StatusChip> = {
  pending: { label: '冻结中', tone: 'amber' },
  settled: { label: '已到账', tone: 'green' },
  cancelled: { label: '已取消', tone: 'plain' },
  reversed: { label: '已冲回', tone: 'berry' },
}

/** The chip on a commission: frozen, paid into the balance, cancelled or taken back. */
export function commissionChip(status: CommissionView['status']): StatusChip {
  return CHIPS[status] ?? { label: '处理中', tone: 'plain' }
}

/** The line under a commission: when it unfreezes, when it arrived, or why it will not. */
export function commissionNote(c: Pick<CommissionView, 'status' | 'unfreezeAt'>, now: number = Date.now()): string {
  const day = formatDate(c.unfreezeAt, now)
  switch (c.status) {
    case 'pending':
      return day ? `售后期结束后结算 · ${day} 解冻` : '售后期结束后结算'
    case 'settled':
      return day ? `${day} 已结算到可提现` : '已结算到可提现'
    case 'cancelled':
      return '订单在售后期内退款，佣金取消'
    case 'reversed':
      return '订单结算后退款，佣金已从余额冲回'
    default:
      return ''
  }
}
