import { Button, Text, View } from '@tarojs/components'
import type { AdminPickupPointView } from '@shared/api'
import { Tag } from '@/components/tag'

export interface PointCardProps {
  point: AdminPickupPointView
  ownerName: string
  onEdit: (p: AdminPickupPointView) => void
  onAddStaff: (p: AdminPickupPointView) => void
  onRemoveStaff: (p: AdminPickupPointView, openid: string, nickname: string) => void
}

/** One pickup point: where, when, who runs it, its staff, and how many orders wait there. */
export function PointCard({ point: p, ownerName, onEdit, onAddStaff, onRemoveStaff }: PointCardProps) {
  return (
    <View className={`admin-card point-card ${p.active ? '' : 'point-card--inactive'}`} data-point-id={p.pointId}>
      <View className='admin-card__head'>
        <View className='admin-card__who'>
          <Text className='admin-card__name point-card__name'>{p.name}</Text>
          <Text className='admin-card__meta'>{p.kind === 'leader' ? `团长自提 · ${ownerName || '未指定团长'}` : '合作门店'}</Text>
        </View>
        <Tag tone={p.active ? 'green' : 'plain'}>{p.active ? '启用中' : '已停用'}</Tag>
      </View>
      <View className='point-card__info'>
        <Text className='point-card__line'>地址：{p.address}</Text>
        <Text className='point-card__line'>时间：{p.hours}</Text>
        <Text className='point-card__line'>
          联系：{p.contactName} {p.contactPhone}
        </Text>
      </View>
      <View className='point-card__waiting'>
        <Text className='point-card__waiting-value'>{p.waiting}</Text>
        <Text className='point-card__waiting-label'>单待取货</Text>
      </View>
      <View className='point-card__staff'>
        <Text className='point-card__staff-label'>核销店员</Text>
        {p.staff.length ? (
          p.staff.map((s) => (
            <View key={s.openid} className='point-card__member' data-openid={s.openid}>
              <Text className='point-card__member-name'>{s.nickname || '微信用户'}</Text>
              <Text className='point-card__staff-remove' onClick={() => onRemoveStaff(p, s.openid, s.nickname)}>
                ×
              </Text>
            </View>
          ))
        ) : (
          <Text className='point-card__none'>{p.kind === 'leader' ? '团长本人可核销' : '还没有店员'}</Text>
        )}
      </View>
      <View className='admin-card__actions'>
        <Button className='admin-card__btn point-card__add-staff' onClick={() => onAddStaff(p)}>
          添加店员
        </Button>
        <Button className='admin-card__btn admin-card__approve point-card__edit' onClick={() => onEdit(p)}>
          编辑
        </Button>
      </View>
    </View>
  )
}
