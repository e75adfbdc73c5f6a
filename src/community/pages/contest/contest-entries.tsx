import { Text, View } from '@tarojs/components'
import type { PostView } from '@shared/api'
import { ListFooter } from '@/components/list-footer'
import { PostCard, PostCardSkeleton } from '@/components/post-card'
import { StatusView } from '@/components/status-view'
import { Tabs, type TabItem } from '@/components/tabs'
import { WindowedList } from '@/components/windowed-list'
import type { PagedListState } from '@/hooks/use-paged-list'
import { openDeal, openPost } from '@/routes'
import type { EntrySort } from './use-contest-entries'

const TABS: TabItem<EntrySort>[] = [
  { key: 'newest', label: '最新' },
  { key: 'hottest', label: '最热' },
]

export interface ContestEntriesProps {
  sort: EntrySort
  onSort: (sort: EntrySort) => void
  state: PagedListState<PostView>
  /** What the empty list says (the bar below already offers 参加活动). */
  emptyMessage: string
  onLike: (post: PostView) => void
  onRetry: () => void
  onMore: () => void
}

/** 参赛作品: the entries as post cards, 最新 or 最热; winners carry a ribbon. */
export function ContestEntries({ sort, onSort, state, emptyMessage, onLike, onRetry, onMore }: ContestEntriesProps) {
  return (
    <View className='contest-entries'>
      <View className='contest-entries__bar'>
        <Text className='contest-entries__title'>参赛作品</Text>
        <Tabs items={TABS} value={sort} onChange={onSort} className='contest-entries__tabs' />
      </View>
      {state.status === 'idle' || state.status === 'loading' ? (
        <View>
          <PostCardSkeleton />
          <PostCardSkeleton />
        </View>
      ) : state.status === 'error' ? (
        <StatusView kind='error' title='加载失败' message={state.error?.message} actionText='重试' onAction={onRetry} />
      ) : !state.items.length ? (
        <StatusView kind='empty' title='还没有参赛作品' message={emptyMessage} />
      ) : (
        <View className='contest-entries__list'>
          <WindowedList
            items={state.items}
            listKey={sort}
            render={(post) => (
              <PostCard key={post.postId} post={post} onLike={onLike} onOpen={openPost} onOpenDeal={openDeal} className={post.contest?.winner ? 'contest-entry--winner' : ''}>
                {post.contest?.winner ? (
                  <View className='contest-entry__ribbon'>
                    <View className='contest-entry__medal' />
                    <Text>本次活动获奖作品</Text>
                  </View>
                ) : null}
              </PostCard>
            )}
          />
          <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={onMore} endText='没有更多作品了' />
        </View>
      )}
    </View>
  )
}
