import { Button, Text, View } from '@tarojs/components'
import type { ShipQueueItem } from '@shared/api'
import { STAGE_LABELS } from '@shared/domain/delivery'
import { Tag } from '@/components/tag'
import { deliveryLine } from '@/admin/shipping'
import { formatDateTime, formatYuan } from '@/utils/format'

export interface ShipCardProps {
  item: ShipQueueItem
  /** Present when the card can be ticked for a batch. */
  selected?: boolean
  onToggle?: (orderId: string) => void
  /** 发货 for this one order (express, to ship). */
  onShip?: (item: ShipQueueItem) => void
}

/** One order in the shipping queue: what, who, how many, how much, where to. */
export function ShipCard({ item, selected, onToggle, onShip }: ShipCardProps) {
  const { delivery } = item
  const selectable = Boolean(onToggle)
  return (
    <View
      className={`admin-card ship-card ${selected ? 'ship-card--selected' : ''}`}
      data-order-id={item.orderId}
      data-stage={delivery.stage}
      onClick={selectable ? () => onToggle?.(item.orderId) : undefined}
    >
      <View className='admin-card__head'>
        {selectable ? <View className={`ship-card__check ${selected ? 'ship-card__check--on' : ''}`}>{selected ? '✓' : ''}</View> : null}
        <View className='admin-card__who'>
          <Text className='admin-card__name ship-card__title'>{item.title}</Text>
          <Text className='admin-card__meta'>
            {item.buyerNickname || '微信用户'} · {item.quantity} 份 · {formatYuan(item.amountFen)}
            {delivery.shippingFeeFen ? `（含运费 ${formatYuan(delivery.shippingFeeFen)}）` : ''}
          </Text>
        </View>
        <Tag tone={delivery.mode === 'express' ? 'green' : 'amber'}>{STAGE_LABELS[delivery.stage]}</Tag>
      </View>
      <Text className={`ship-card__delivery ship-card__delivery--${delivery.mode}`}>{deliveryLine(item)}</Text>
      {delivery.tracking ? (
        <Text className='admin-card__meta ship-card__tracking'>
          {delivery.tracking.company} {delivery.tracking.trackingNo} · {formatDateTime(delivery.tracking.shippedAt)} 发货
        </Text>
      ) : null}
      {delivery.arrivedAt ? <Text className='admin-card__meta'>{formatDateTime(delivery.arrivedAt)} 到货，待买家自提</Text> : null}
      <View className='ship-card__foot'>
        <Text className='admin-card__meta'>{formatDateTime(item.effectiveAt)} 成团</Text>
        {onShip ? (
          <Button
            className='admin-card__btn admin-card__approve ship-card__ship'
            onClick={(e) => {
              e.stopPropagation()
              onShip(item)
            }}
          >
            发货
          </Button>
        ) : null}
      </View>
    </View>
  )
}
