import { View } from '@tarojs/components'
import './post-card.scss'

/** The shape of a post while the feed loads. */
export function PostCardSkeleton() {
  return (
    <View className='post-card post-card--skeleton'>
      <View className='post-card__head'>
        <View className='post-card__avatar-ghost skeleton-block' />
        <View className='post-card__who'>
          <View className='skeleton-line skeleton-line--short' />
          <View className='skeleton-line skeleton-line--tiny' />
        </View>
      </View>
      <View className='skeleton-line skeleton-line--title' />
      <View className='skeleton-line skeleton-line--short' />
      <View className='post-photos post-photos--3'>
        {[0, 1, 2].map((i) => (
          <View key={i} className='post-photos__cell skeleton-block' />
        ))}
      </View>
    </View>
  )
}
