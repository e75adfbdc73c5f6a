import { Button, Text, View } from '@tarojs/components'
import type { ShipQueueItem } from '@shared/api'
import { groupByPoint } from '@/admin/shipping'
import { ShipCard } from './ship-card'

export interface PointBatchesProps {
  items: ShipQueueItem[]
  selected: string[]
  busy: boolean
  onToggle: (orderId: string) => void
  onSelectAll: (orderIds: string[], on: boolean) => void
  onDispatch: (pointId: string, items: ShipQueueItem[]) => void
}

/** 待到货: pickup orders grouped by point; tick orders of one point and mark them 到货 together. */
export function PointBatches({ items, selected, busy, onToggle, onSelectAll, onDispatch }: PointBatchesProps) {
  return (
    <View className='point-batches'>
      {groupByPoint(items).map((batch) => {
        const ids = batch.items.map((i) => i.orderId)
        const picked = batch.items.filter((i) => selected.includes(i.orderId))
        const all = picked.length === ids.length
        return (
          <View key={batch.pointId} className='point-batch' data-point-id={batch.pointId}>
            <View className='point-batch__head'>
              <View className='point-batch__where'>
                <Text className='point-batch__name'>{batch.name}</Text>
                <Text className='point-batch__address'>{batch.address}</Text>
              </View>
              <Text className='point-batch__all' onClick={() => onSelectAll(ids, !all)}>
                {all ? '取消全选' : `全选 ${ids.length} 单`}
              </Text>
            </View>
            {batch.items.map((item) => (
              <ShipCard key={item.orderId} item={item} selected={selected.includes(item.orderId)} onToggle={onToggle} />
            ))}
            <Button className='dispatch-button' disabled={busy || !picked.length || undefined} onClick={() => onDispatch(batch.pointId, picked)}>
              {picked.length ? `已送达「${batch.name}」· 到货 ${picked.length} 单` : '勾选已送到这个自提点的订单'}
            </Button>
          </View>
        )
      })}
    </View>
  )
}
