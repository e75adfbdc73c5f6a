import type { WithdrawalView } from '@shared/api'
import type { StatusChip } from './order-status'
import { formatDateTime } from './format'

const CHIPS: Record<WithdrawalView['status'], StatusChip> = {
  pending_review: { label: '待审核', tone: 'amber' },
  approved: { label: '转账中', tone: 'amber' },
  awaiting_confirmation: { label: '待确认收款', tone: 'berry' },
  succeeded: { label: '已到账', tone: 'green' },
  rejected: { label: '已驳回', tone: 'plain' },
  failed: { label: '转账失败', tone: 'berry' },
  cancelled: { label: '已退回', tone: 'plain' },
}

export function withdrawalChip(status: WithdrawalView['status']): StatusChip {
  return CHIPS[status] ?? { label: '处理中', tone: 'plain' }
}

/** What the distributor should know about a withdrawal in its state, or null. */
export function withdrawalNote(w: Pick<WithdrawalView, 'status' | 'note' | 'failReason'> & { confirmBy?: string }, now: number = Date.now()): string | null {
  switch (w.status) {
    case 'pending_review':
      return '品牌审核后转入微信零钱'
    case 'approved':
      return '审核已通过，正在转入微信零钱'
    case 'awaiting_confirmation': {
      const by = w.confirmBy ? formatDateTime(w.confirmBy, now) : ''
      return by ? `请在 ${by} 前点「确认收款」，逾期金额退回可提现` : '请点「确认收款」，款项即转入微信零钱'
    }
    case 'succeeded':
      return w.note ? `已转入微信零钱 · ${w.note}` : '已转入微信零钱'
    case 'rejected':
      return `${w.note ? `驳回原因：${w.note}` : '未通过审核'} · 金额已退回可提现`
    case 'failed':
      return `${w.failReason ? `失败原因：${w.failReason}` : '转账未成功'} · 金额已退回可提现`
    case 'cancelled':
      return '超过 24 小时未确认收款，转账已撤销 · 金额已退回可提现'
    default:
      return null
  }
}
