import { Button, Text, View } from '@tarojs/components'
import type { DistributorApplicationView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { Tag } from '@/components/tag'
import { applicationChip } from '@/admin/distribution-labels'
import { formatDateTime } from '@/utils/format'
import { tierLabel } from '@/utils/tier'

export interface ApplicationCardProps {
  application: DistributorApplicationView
  onReview: (app: DistributorApplicationView, approve: boolean) => void
}

/** One application: who, their name and reason, its state; 通过 / 驳回 while it waits. */
export function ApplicationCard({ application: a, onReview }: ApplicationCardProps) {
  const chip = applicationChip(a.status)
  return (
    <View className='admin-card application-card' data-openid={a.openid} data-status={a.status}>
      <View className='admin-card__head'>
        <Avatar src={a.avatar} name={a.nickname || a.realName} />
        <View className='admin-card__who'>
          <Text className='admin-card__name'>
            {a.nickname || '微信用户'}
            <Text className='admin-card__tier'> · {tierLabel(a.tier)}</Text>
          </Text>
          <Text className='admin-card__meta'>
            真实姓名 {a.realName} · {formatDateTime(a.createdAt)}
          </Text>
        </View>
        <Tag tone={chip.tone}>{chip.label}</Tag>
      </View>
      <Text className='admin-card__quote'>{a.reason}</Text>
      {a.note ? <Text className='admin-card__note'>审核说明：{a.note}</Text> : null}
      {a.status === 'pending' ? (
        <View className='admin-card__actions'>
          <Button className='admin-card__btn admin-card__reject' onClick={() => onReview(a, false)}>
            驳回
          </Button>
          <Button className='admin-card__btn admin-card__approve' onClick={() => onReview(a, true)}>
            通过
          </Button>
        </View>
      ) : null}
    </View>
  )
}
