import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { PostView } from '@shared/api'
import { ListFooter } from '@/components/list-footer'
import { PostCardSkeleton } from '@/components/post-card'
import { StatusView } from '@/components/status-view'
import { WindowedList } from '@/components/windowed-list'
import type { FeedState } from '@/hooks/use-feed'

export interface PostFeedProps {
  state: FeedState<PostView>
  onRetry: () => void
  onMore: () => void
  /** The empty state: a title, a line and its action. */
  empty: { title: string; message: string; actionText: string; onAction: () => void }
  /** `className` of the list (its room under the last card). */
  className: string
  renderPost: (post: PostView) => ReactNode
}

/** A page's list of 晒单: skeletons, then the error or the empty state, or the cards (those near the screen) and the list footer. */
export function PostFeed({ state, onRetry, onMore, empty, className, renderPost }: PostFeedProps) {
  if (state.status === 'loading') {
    return (
      <View>
        <PostCardSkeleton />
        <PostCardSkeleton />
      </View>
    )
  }
  if (state.status === 'error') return <StatusView kind='error' title='加载失败' message={state.error?.message} actionText='重试' onAction={onRetry} />
  if (!state.items.length) return <StatusView kind='empty' {...empty} />
  return (
    <View className={className}>
      <WindowedList items={state.items} render={renderPost} />
      <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={onMore} endText='没有更多晒单了' />
    </View>
  )
}
