import { Button, Text, View } from '@tarojs/components'
import type { CoCreatorApplicationView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { Tag } from '@/components/tag'
import { TierBadge } from '@/components/tier-badge'
import { coCreatorChip } from '@/admin/co-creator-labels'
import { formatDateTime } from '@/utils/format'
import type { Decision } from './use-co-creator-decision'

export interface CoCreatorCardProps {
  application: CoCreatorApplicationView
  onDecide: (decision: Decision) => void
}

/** One application: who, their growth, statement and expertise; 通过 / 驳回 while it waits, 撤销 once approved. */
export function CoCreatorCard({ application: a, onDecide }: CoCreatorCardProps) {
  const chip = coCreatorChip(a.status)
  const decide = (kind: Decision['kind']) => () => onDecide({ kind, application: a })
  return (
    <View className='co-card' data-openid={a.openid} data-status={a.status}>
      <View className='co-card__head'>
        <Avatar src={a.avatar} name={a.nickname || '微'} />
        <View className='co-card__who'>
          <View className='co-card__name-row'>
            <Text className='co-card__name'>{a.nickname || '微信用户'}</Text>
            <TierBadge tier={a.tier} size='sm' />
          </View>
          <Text className='co-card__meta'>
            成长值 {a.growth} · {formatDateTime(a.createdAt)} 申请
          </Text>
        </View>
        <Tag tone={chip.tone}>{chip.label}</Tag>
      </View>
      <Text className='co-card__statement'>{a.statement}</Text>
      <View className='co-card__tags'>
        {a.expertise.map((t) => (
          <Text key={t} className='co-card__tag'>
            {t}
          </Text>
        ))}
      </View>
      {a.note ? <Text className='co-card__note'>审核说明：{a.note}</Text> : null}
      {a.status === 'pending' ? (
        <View className='co-card__actions'>
          <Button className='co-card__btn co-card__reject' onClick={decide('reject')}>
            驳回
          </Button>
          <Button className='co-card__btn co-card__approve' onClick={decide('approve')}>
            通过
          </Button>
        </View>
      ) : null}
      {a.status === 'approved' ? (
        <View className='co-card__actions'>
          <Button className='co-card__btn co-card__revoke' onClick={decide('revoke')}>
            撤销
          </Button>
        </View>
      ) : null}
    </View>
  )
}
