import { useCallback, useState } from 'react'
import type { DealCardView, HomeOutput } from '@shared/api'
import { home, listDeals, type DealFilter } from '@/services/groupbuy'
import { useFeed, type FeedState } from '@/hooks/use-feed'

export type DealListState = FeedState<DealCardView>

/** What the home page shows above the deals, from its one first call. */
export type HomeExtras = Omit<HomeOutput, 'deals'>

const NO_EXTRAS: HomeExtras = { categories: [], polls: { open: 0, title: null }, photos: [] }

/**
 * The home feed for a search and a category. Unfiltered, its first page comes with everything
 * else the first paint shows in one call (`home`); next pages, searches and categories come
 * from listDeals. Pull-to-refresh reloads the first page the same way.
 */
export function useDealList(filter: DealFilter) {
  const [extras, setExtras] = useState<HomeExtras>(NO_EXTRAS)
  const { q, categoryId } = filter
  const fetchDeals = useCallback(
    async (cursor?: string) => {
      if (cursor || q || categoryId) return listDeals(cursor, { q, categoryId })
      const { deals, ...rest } = await home()
      setExtras(rest)
      return deals
    },
    [q, categoryId],
  )
  const { state, reload, loadMore } = useFeed<DealCardView>(fetchDeals)
  return { state, reload, loadMore, extras }
}
