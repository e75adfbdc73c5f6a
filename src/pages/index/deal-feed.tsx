import { Text, View } from '@tarojs/components'
import { DealCard, DealCardSkeleton } from '@/components/deal-card'
import { StatusView } from '@/components/status-view'
import { openDeal } from '@/routes'
import type { DealListState } from './use-deal-list'

export interface DealFeedProps {
  state: DealListState
  /** A search or a category is chosen: an empty list says nothing matched. */
  filtered?: boolean
  onRetry: () => void
  onMore: () => void
}

/** The list part of the home page, in each of its states. */
export function DealFeed({ state, filtered = false, onRetry, onMore }: DealFeedProps) {
  if (state.status === 'loading') {
    return (
      <View className='deal-feed deal-feed--loading'>
        <DealCardSkeleton />
        <DealCardSkeleton />
        <DealCardSkeleton />
      </View>
    )
  }
  if (state.status === 'error') {
    return <StatusView kind='error' title='加载失败' message={state.error?.message} actionText='重试' onAction={onRetry} />
  }
  if (state.items.length === 0 && filtered) {
    return <StatusView kind='empty' title='没有找到相关的拼团' message='换个关键词或分类试试' />
  }
  if (state.items.length === 0) {
    return <StatusView kind='empty' title='暂时没有进行中的拼团' message='新品正在社群里共创，过几天再来看看吧' />
  }
  return (
    <View className='deal-feed'>
      {state.items.map((deal) => (
        <DealCard key={deal.dealId} deal={deal} onOpen={openDeal} />
      ))}
      <FeedFooter state={state} onMore={onMore} />
    </View>
  )
}

function FeedFooter({ state, onMore }: { state: DealListState; onMore: () => void }) {
  if (state.loadingMore) return <Text className='deal-feed__footer'>加载中…</Text>
  if (state.moreError) {
    return (
      <Text className='deal-feed__footer deal-feed__footer--error' onClick={onMore}>
        {state.moreError.message}，点击重试
      </Text>
    )
  }
  if (state.cursor) return <Text className='deal-feed__footer'>上拉加载更多</Text>
  return <Text className='deal-feed__footer'>— 已经到底了 —</Text>
}
