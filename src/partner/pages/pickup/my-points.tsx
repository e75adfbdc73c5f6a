import { Text, View } from '@tarojs/components'
import type { AdminPickupPointView } from '@shared/api'

/** The points the caller hands over at, with how many orders wait at each. */
export function MyPoints({ points }: { points: AdminPickupPointView[] }) {
  return (
    <View className='pickup-points'>
      {points.map((p) => (
        <View key={p.pointId} className='pickup-points__item' data-point-id={p.pointId}>
          <View className='pickup-points__where'>
            <Text className='pickup-points__name'>{p.name}</Text>
            <Text className='pickup-points__meta'>
              {p.address} · {p.hours}
            </Text>
          </View>
          <View className='pickup-points__waiting'>
            <Text className='pickup-points__count'>{p.waiting}</Text>
            <Text className='pickup-points__label'>待取</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
