import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'

/** The group page's shape while it loads. */
export function GroupSkeleton() {
  return (
    <PageShell className='group-page group-page--loading'>
      <View className='group-product'>
        <View className='group-product__image skeleton-block' />
        <View className='group-product__body'>
          <View className='skeleton-line skeleton-line--title' />
          <View className='skeleton-line skeleton-line--short' />
          <View className='skeleton-line skeleton-line--price' />
        </View>
      </View>
      <View className='group-card'>
        <View className='skeleton-line skeleton-line--title' />
        <View className='skeleton-line skeleton-line--short' />
      </View>
    </PageShell>
  )
}
