import { View } from '@tarojs/components'
import './deal-card.scss'

/** The shape of a deal card while the feed loads. */
export function DealCardSkeleton() {
  return (
    <View className='deal-card deal-card--skeleton'>
      <View className='deal-card__media skeleton-block' />
      <View className='deal-card__body'>
        <View className='skeleton-line skeleton-line--title' />
        <View className='skeleton-line skeleton-line--short' />
        <View className='skeleton-line skeleton-line--tiny' />
        <View className='skeleton-line skeleton-line--price' />
      </View>
    </View>
  )
}
