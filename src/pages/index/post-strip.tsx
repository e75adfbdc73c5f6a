import { Image, Text, View } from '@tarojs/components'
import { imageSrc } from '@/services/images'
import { openFeed } from '@/routes'
import './post-strip.scss'

/** Under the poll banner: small copies of the community's latest 晒单 photos, and the way to the 社区 tab. */
export function PostStrip({ photos }: { photos: string[] }) {
  return (
    <View className='post-strip' onClick={openFeed}>
      <View className='post-strip__icon'>
        <Text className='post-strip__icon-text'>晒</Text>
      </View>
      <View className='post-strip__text'>
        <Text className='post-strip__title'>社区晒单 · 看看邻居怎么吃</Text>
        <Text className='post-strip__note'>晒出你的餐桌，得成长值</Text>
      </View>
      <View className='post-strip__photos'>
        {photos.map((id, i) => (
          <Image key={`${i}-${id}`} className='post-strip__photo' src={imageSrc(id)} mode='aspectFill' />
        ))}
      </View>
      <Text className='post-strip__go'>›</Text>
    </View>
  )
}
