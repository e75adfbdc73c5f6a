import { Text, View } from '@tarojs/components'
import type { PostSort, PostView } from '@shared/api'
import { ListFooter } from '@/components/list-footer'
import { PostCard, PostCardSkeleton } from '@/components/post-card'
import { StatusView } from '@/components/status-view'
import { WindowedList } from '@/components/windowed-list'
import type { PagedListState } from '@/hooks/use-paged-list'
import { openDeal, openNewPost, openPost } from '@/routes'

const EMPTY: Record<PostSort, { title: string; message: string }> = {
  newest: { title: '还没有人晒单', message: '晒出你的餐桌，做第一个分享的人' },
  hottest: { title: '还没有人晒单', message: '晒出你的餐桌，做第一个分享的人' },
  featured: { title: '还没有精选晒单', message: '用心的晒单会被品牌选为精选，还能得积分' },
}

export interface FeedListProps {
  sort: PostSort
  state: PagedListState<PostView>
  /** My own posts still in review (最新 only), shown first. */
  pending: PostView[]
  onLike: (post: PostView) => void
  onRetry: () => void
  onMore: () => void
}

/** One tab of the feed, in each of its states; only the cards near the screen are rendered. */
export function FeedList({ sort, state, pending, onLike, onRetry, onMore }: FeedListProps) {
  const mine = sort === 'newest' && state.status === 'ready' ? pending : []
  const mineIds = new Set(mine.map((p) => p.postId))
  const items = state.items.filter((p) => !mineIds.has(p.postId))
  const card = (post: PostView) => <PostCard key={post.postId} post={post} onLike={onLike} onOpen={openPost} onOpenDeal={openDeal} />

  if (state.status === 'idle' || state.status === 'loading') {
    return (
      <View className='feed-list feed-list--loading'>
        <PostCardSkeleton />
        <PostCardSkeleton />
      </View>
    )
  }
  if (state.status === 'error') {
    return <StatusView kind='error' title='加载失败' message={state.error?.message} actionText='重试' onAction={onRetry} />
  }
  return (
    <View className='feed-list'>
      {mine.length ? (
        <View className='feed-list__pending'>
          <Text className='feed-list__pending-title'>审核中 · 通过前仅自己可见</Text>
          {mine.map(card)}
        </View>
      ) : null}
      {items.length ? (
        <WindowedList items={items} render={card} listKey={sort} />
      ) : (
        <StatusView kind='empty' title={EMPTY[sort].title} message={EMPTY[sort].message} actionText='发晒单' onAction={openNewPost} />
      )}
      {items.length ? (
        <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={onMore} endText='没有更多晒单了' />
      ) : null}
    </View>
  )
}
