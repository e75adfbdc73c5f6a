import { useCallback, useState } from 'react'
import type { CategoryView, DealView } from '@shared/api'
import { listDeals, type DealFilter } from '@/services/groupbuy'
import { useFeed, type FeedState } from '@/hooks/use-feed'

export type DealListState = FeedState<DealView>

/** The home feed for a search and a category: first page (which brings the categories), pull-to-refresh, next pages by cursor. */
export function useDealList(filter: DealFilter) {
  const [categories, setCategories] = useState<CategoryView[]>([])
  const { q, categoryId } = filter
  const fetchDeals = useCallback(
    async (cursor?: string) => {
      const page = await listDeals(cursor, { q, categoryId })
      if (page.categories) setCategories(page.categories)
      return page
    },
    [q, categoryId],
  )
  const { state, reload, loadMore } = useFeed<DealView>(fetchDeals)
  return { state, reload, loadMore, categories }
}
