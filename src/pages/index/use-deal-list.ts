import type { DealView } from '@shared/api'
import { listDeals } from '@/services/groupbuy'
import { useFeed, type FeedState } from '@/hooks/use-feed'

export type DealListState = FeedState<DealView>

const fetchDeals = (cursor?: string) => listDeals(cursor)

/** The home feed: first page, pull-to-refresh, and the next pages by cursor. */
export function useDealList() {
  const { state, reload, loadMore } = useFeed<DealView>(fetchDeals)
  return { state, reload, loadMore }
}
