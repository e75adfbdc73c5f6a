import { NoteSheet } from '@/admin/components/note-sheet'
import { formatYuan } from '@/utils/format'
import type { Review } from './use-review'

export interface ReviewSheetProps {
  review: Review
  busy: boolean
  onConfirm: (note: string) => void
  onCancel: () => void
}

/** Confirms an approval or a rejection; a rejection asks why (the other side reads it). */
export function ReviewSheet({ review, busy, onConfirm, onCancel }: ReviewSheetProps) {
  const common = { busy, onConfirm, onCancel, tone: review.approve ? ('green' as const) : ('berry' as const) }
  if (review.kind === 'application') {
    const a = review.application
    return (
      <NoteSheet
        {...common}
        title={review.approve ? '通过团长申请' : '驳回团长申请'}
        lines={[`${a.nickname || '微信用户'}（${a.realName}）`, `理由：${a.reason}`]}
        note={
          review.approve
            ? { label: '留言（选填）', placeholder: '如：欢迎加入，团长群二维码已私信', required: false }
            : { label: '驳回原因', placeholder: '如：请补充你的社群规模和分享方式', required: true }
        }
        confirmText={review.approve ? '通过并发放分销码' : '驳回'}
      />
    )
  }
  const w = review.withdrawal
  return (
    <NoteSheet
      {...common}
      title={review.approve ? '通过提现' : '驳回提现'}
      lines={[`${w.nickname || '微信用户'} 提现 ${formatYuan(w.amountFen)}`, review.approve ? '通过后立即通过商家转账转入对方微信零钱' : '驳回后金额退回对方可提现余额']}
      note={review.approve ? undefined : { label: '驳回原因', placeholder: '如：订单售后处理中，暂缓提现', required: true }}
      confirmText={review.approve ? `确认转账 ${formatYuan(w.amountFen)}` : '驳回'}
    />
  )
}
