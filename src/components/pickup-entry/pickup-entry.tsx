import { Text, View } from '@tarojs/components'
import './pickup-entry.scss'

/** A row into 自提点核销, for someone who runs or staffs a pickup point. */
export function PickupEntry({ onOpen }: { onOpen: () => void }) {
  return (
    <View className='pickup-entry' onClick={onOpen}>
      <View className='pickup-entry__mark' />
      <View className='pickup-entry__text'>
        <Text className='pickup-entry__title'>自提点核销</Text>
        <Text className='pickup-entry__note'>扫买家的取货码，确认交付</Text>
      </View>
      <Text className='pickup-entry__arrow'>›</Text>
    </View>
  )
}
