import { Button, Text, View } from '@tarojs/components'
import type { AdminDistributorView } from '@shared/api'
import type { Fen } from '@shared/domain/money'
import { Tag } from '@/components/tag'
import { distributorChip, distributorSource } from '@/admin/distribution-labels'
import { formatYuan } from '@/utils/format'

export interface DistributorCardProps {
  distributor: AdminDistributorView
  onToggle: (d: AdminDistributorView) => void
}

/** One distributor: code, state, commission figures, customers; 暂停 / 恢复. */
export function DistributorCard({ distributor: d, onToggle }: DistributorCardProps) {
  const chip = distributorChip(d.status)
  return (
    <View className='admin-card distributor-card' data-openid={d.openid} data-status={d.status}>
      <View className='admin-card__head'>
        <View className='admin-card__who'>
          <Text className='admin-card__name'>{d.nickname || '微信用户'}</Text>
          <Text className='admin-card__meta'>来源：{distributorSource(d.source)}</Text>
        </View>
        <Text className='distributor-card__code'>{d.code}</Text>
        <Tag tone={chip.tone}>{chip.label}</Tag>
      </View>
      <View className='admin-card__figures'>
        <Money label='待结算' fen={d.pendingFen} />
        <Money label='可提现' fen={d.availableFen} />
        <Money label='已提现' fen={d.withdrawnFen} />
        <View className='admin-card__figure'>
          <Text className='admin-card__figure-value'>{d.customers}</Text>
          <Text className='admin-card__figure-label'>客户</Text>
        </View>
      </View>
      <View className='admin-card__actions'>
        <Button
          className={`admin-card__btn distributor-card__toggle distributor-card__toggle--${d.status}`}
          onClick={() => onToggle(d)}
        >
          {d.status === 'active' ? '暂停' : '恢复'}
        </Button>
      </View>
    </View>
  )
}

function Money({ label, fen }: { label: string; fen: Fen }) {
  return (
    <View className='admin-card__figure'>
      <Text className='admin-card__figure-value'>{formatYuan(fen)}</Text>
      <Text className='admin-card__figure-label'>{label}</Text>
    </View>
  )
}
