import { useCallback } from 'react'
import type { OrderView } from '@shared/api'
import { myOrders } from '@/services/groupbuy'
import { useFeed, type FeedState } from '@/hooks/use-feed'

export type OrderListState = FeedState<OrderView>

const fetchOrders = (cursor?: string) => myOrders(cursor)

/** My orders, newest first: first page, pull-to-refresh, next pages by cursor, one order replaced. */
export function useOrderList() {
  const { state, reload, loadMore, update } = useFeed<OrderView>(fetchOrders)
  const replace = useCallback((order: OrderView) => update((o) => (o.orderId === order.orderId ? order : o)), [update])
  return { state, reload, loadMore, replace }
}
