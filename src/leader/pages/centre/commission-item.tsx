import { Text, View } from '@tarojs/components'
import type { CommissionView } from '@shared/api'
import { Tag } from '@/components/tag'
import { commissionChip, commissionNote } from '@/utils/commission-status'
import { formatPercent, formatYuan } from '@/utils/format'

/** One commission: the order it came from, the maths (paid × rate), its state and when it unfreezes. */
export function CommissionItem({ commission: c }: { commission: CommissionView }) {
  const chip = commissionChip(c.status)
  const voided = c.status === 'cancelled' || c.status === 'reversed'
  return (
    <View className='commission-item' data-order-id={c.orderId} data-status={c.status}>
      <View className='commission-item__head'>
        <Text className='commission-item__title'>{c.title}</Text>
        <Text className={`commission-item__amount ${voided ? 'commission-item__amount--void' : ''}`}>+{formatYuan(c.amountFen)}</Text>
      </View>
      <View className='commission-item__meta'>
        <Text className='commission-item__maths'>
          {c.buyerNickname || '好友'} · 实付 {formatYuan(c.paidFen)} × {formatPercent(c.rateBps)}
        </Text>
        <Tag tone={chip.tone} className='commission-item__status'>
          {chip.label}
        </Tag>
      </View>
      <Text className={`commission-item__note commission-item__note--${c.status}`}>{commissionNote(c)}</Text>
    </View>
  )
}
