import { Text, View } from '@tarojs/components'
import type { PickupPointView } from '@shared/api'

export interface PickupOptionsProps {
  points: PickupPointView[]
  selectedId: string | null
  onSelect: (pointId: string) => void
}

/** 团长自提: the points to collect from, the bound leader's first. */
export function PickupOptions({ points, selectedId, onSelect }: PickupOptionsProps) {
  if (points.length === 0) return <Text className='address-options__empty'>附近暂时没有自提点，请选择快递到家</Text>
  return (
    <View className='pickup-options'>
      {points.map((p) => (
        <View
          key={p.pointId}
          className={`pickup-option ${p.pointId === selectedId ? 'pickup-option--selected' : ''}`}
          data-point-id={p.pointId}
          onClick={() => onSelect(p.pointId)}
        >
          <View className='address-option__radio' />
          <View className='address-option__body'>
            <Text className='address-option__who'>
              {p.name}
              {p.suggested ? <Text className='address-option__default'>我的团长</Text> : null}
            </Text>
            <Text className='address-option__line'>{p.address}</Text>
            <Text className='pickup-option__hours'>营业时间 {p.hours}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
