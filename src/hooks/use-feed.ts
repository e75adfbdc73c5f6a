import { useMemo } from 'react'
import { usePagedList, type FetchPage, type PagedListState } from './use-paged-list'

/** A page's feed: as a paged list, but 'loading' before its first page instead of 'idle'. */
export type FeedState<T> = Omit<PagedListState<T>, 'status'> & { status: 'loading' | 'ready' | 'error' }

export function useFeed<T>(fetchPage: FetchPage<T>) {
  const list = usePagedList<T>(fetchPage)
  const state = useMemo<FeedState<T>>(
    () => (list.state.status === 'idle' ? { ...list.state, status: 'loading' } : (list.state as FeedState<T>)),
    [list.state],
  )
  return { ...list, state }
}
