import { useCallback } from 'react'
import type { OrderTab, OrderView } from '@shared/api'
import { myOrders } from '@/services/groupbuy'
import { useFeed, type FeedState } from '@/hooks/use-feed'

export type OrderListState = FeedState<OrderView>

/** My orders on one tab (none: 全部), newest first: first page, pull-to-refresh, next pages by cursor, one order replaced. */
export function useOrderList(tab: OrderTab | undefined) {
  const fetchOrders = useCallback((cursor?: string) => myOrders(cursor, tab), [tab])
  const { state, reload, loadMore, update } = useFeed<OrderView>(fetchOrders)
  const replace = useCallback((order: OrderView) => update((o) => (o.orderId === order.orderId ? order : o)), [update])
  return { state, reload, loadMore, replace }
}
