import { Text, View } from '@tarojs/components'
import { BRAND } from '@/constants/brand'

/** A slim brand line: a friend's card lands here first, so say whose community this is. */
export function GroupBrand() {
  return (
    <View className='group-brand'>
      <View className='group-brand__leaf' />
      <Text className='group-brand__name'>{BRAND.name}</Text>
      <Text className='group-brand__promise'>真实拼团 · 不凑人数</Text>
    </View>
  )
}
