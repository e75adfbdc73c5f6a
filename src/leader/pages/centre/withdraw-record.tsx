import { Button, Text, View } from '@tarojs/components'
import type { WithdrawalView } from '@shared/api'
import { Tag } from '@/components/tag'
import { formatDateTime, formatYuan } from '@/utils/format'
import { withdrawalChip, withdrawalNote } from '@/utils/withdrawal-status'

export interface WithdrawRecordProps {
  withdrawal: WithdrawalView
  busy?: boolean
  onConfirm: (w: WithdrawalView) => void
}

/** One withdrawal: how much, when, its state and what it means; 确认收款 when WeChat waits for the user. */
export function WithdrawRecord({ withdrawal: w, busy, onConfirm }: WithdrawRecordProps) {
  const chip = withdrawalChip(w.status)
  const note = withdrawalNote(w)
  const returned = w.status === 'rejected' || w.status === 'failed'
  return (
    <View className='withdraw-record' data-withdrawal-id={w.withdrawalId} data-status={w.status}>
      <View className='withdraw-record__head'>
        <View className='withdraw-record__what'>
          <Text className='withdraw-record__title'>提现到微信零钱</Text>
          <Text className='withdraw-record__time'>{formatDateTime(w.createdAt)} 申请</Text>
        </View>
        <View className='withdraw-record__side'>
          <Text className={`withdraw-record__amount ${returned ? 'withdraw-record__amount--void' : ''}`}>{formatYuan(w.amountFen)}</Text>
          <Tag tone={chip.tone} className='withdraw-record__status'>
            {chip.label}
          </Tag>
        </View>
      </View>
      {note ? <Text className={`withdraw-record__note withdraw-record__note--${chip.tone}`}>{note}</Text> : null}
      {w.status === 'awaiting_confirmation' ? (
        <Button className='withdraw-record__confirm' disabled={busy || undefined} onClick={() => onConfirm(w)}>
          {busy ? '确认中…' : '确认收款'}
        </Button>
      ) : null}
    </View>
  )
}
