import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ListFooter } from '@/components/list-footer'
import { StatusView } from '@/components/status-view'
import { WindowedList } from '@/components/windowed-list'
import type { PagedList } from '@/hooks/use-paged-list'
import { AdminError } from './admin-error'

export interface AdminListProps<T> {
  list: PagedList<T>
  empty: { title: string; message?: string }
  /** One item's card, keyed. */
  row: (item: T) => ReactNode
}

/** A paged admin list in each of its states: loading, not an admin, failed, empty, items (only those near the screen rendered). */
export function AdminList<T>({ list, empty, row }: AdminListProps<T>) {
  const { state } = list
  if (state.status === 'idle' || state.status === 'loading') {
    return <View className='admin-card admin-card--skeleton skeleton-block' />
  }
  if (state.status === 'error' && state.error) return <AdminError error={state.error} onRetry={() => list.reload()} />
  if (!state.items.length) return <StatusView kind='empty' {...empty} />
  return (
    <View className='admin-list'>
      <WindowedList items={state.items} render={row} />
      <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={list.loadMore} />
    </View>
  )
}
