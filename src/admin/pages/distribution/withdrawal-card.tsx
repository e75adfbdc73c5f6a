import { Button, Text, View } from '@tarojs/components'
import type { AdminWithdrawalView } from '@shared/api'
import { Tag } from '@/components/tag'
import { formatDateTime, formatYuan } from '@/utils/format'
import { withdrawalChip } from '@/utils/withdrawal-status'

export interface WithdrawalCardProps {
  withdrawal: AdminWithdrawalView
  onReview: (w: AdminWithdrawalView, approve: boolean) => void
}

/** One withdrawal as the operator reviews it: who, how much, when, its state; 通过 / 驳回 while it waits. */
export function WithdrawalCard({ withdrawal: w, onReview }: WithdrawalCardProps) {
  const chip = withdrawalChip(w.status)
  const detail = w.status === 'failed' ? w.failReason : w.status === 'rejected' ? w.note : null
  return (
    <View className='admin-card withdrawal-card' data-withdrawal-id={w.withdrawalId} data-status={w.status}>
      <View className='admin-card__head'>
        <View className='admin-card__who'>
          <Text className='admin-card__name withdrawal-card__nickname'>{w.nickname || '微信用户'}</Text>
          <Text className='admin-card__meta'>{formatDateTime(w.createdAt)} 申请 · 转入微信零钱</Text>
        </View>
        <View className='withdrawal-card__side'>
          <Text className='withdrawal-card__amount'>{formatYuan(w.amountFen)}</Text>
          <Tag tone={chip.tone}>{chip.label}</Tag>
        </View>
      </View>
      {detail ? <Text className='admin-card__note'>{w.status === 'failed' ? '失败原因' : '驳回原因'}：{detail}</Text> : null}
      {w.status === 'pending_review' ? (
        <View className='admin-card__actions'>
          <Button className='admin-card__btn admin-card__reject' onClick={() => onReview(w, false)}>
            驳回
          </Button>
          <Button className='admin-card__btn admin-card__approve' onClick={() => onReview(w, true)}>
            通过
          </Button>
        </View>
      ) : null}
    </View>
  )
}
