import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'

/** The deal page's shape while it loads. */
export function DealSkeleton() {
  return (
    <PageShell className='deal-page deal-page--loading'>
      <View className='deal-gallery skeleton-block' />
      <View className='deal-summary__card'>
        <View className='skeleton-line skeleton-line--title' />
        <View className='skeleton-line skeleton-line--short' />
        <View className='skeleton-line skeleton-line--price' />
      </View>
    </PageShell>
  )
}
