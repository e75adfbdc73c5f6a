import { useCallback, useRef, useState } from 'react'
import type { OrderView } from '@shared/api'
import { myOrders } from '@/services/groupbuy'
import { toAppError, type AppError } from '@/services/app-error'

export interface OrderListState {
  status: 'loading' | 'ready' | 'error'
  items: OrderView[]
  cursor?: string
  error?: AppError
  loadingMore: boolean
  moreError?: AppError
}

const INITIAL: OrderListState = { status: 'loading', items: [], loadingMore: false }

/** My orders, newest first: first page, pull-to-refresh, next pages by cursor, one order replaced. */
export function useOrderList() {
  const [state, setState] = useState<OrderListState>(INITIAL)
  const latest = useRef(state)
  latest.current = state
  const generation = useRef(0)

  /** Loads the first page again; `keepItems` keeps the list on screen meanwhile. */
  const reload = useCallback(async (keepItems = false): Promise<AppError | undefined> => {
    const gen = ++generation.current
    setState((s) => (keepItems && s.items.length ? { ...s, error: undefined } : INITIAL))
    try {
      const page = await myOrders()
      if (gen === generation.current) setState({ status: 'ready', items: page.items, cursor: page.cursor, loadingMore: false })
      return undefined
    } catch (e) {
      const error = toAppError(e)
      if (gen === generation.current) setState((s) => ({ ...s, status: s.items.length ? 'ready' : 'error', error }))
      return error
    }
  }, [])

  const loadMore = useCallback(async () => {
    const s = latest.current
    if (s.status !== 'ready' || !s.cursor || s.loadingMore) return
    const gen = generation.current
    setState((cur) => ({ ...cur, loadingMore: true, moreError: undefined }))
    try {
      const page = await myOrders(s.cursor)
      if (gen !== generation.current) return
      setState((cur) => ({ ...cur, items: [...cur.items, ...page.items], cursor: page.cursor, loadingMore: false }))
    } catch (e) {
      if (gen === generation.current) setState((cur) => ({ ...cur, loadingMore: false, moreError: toAppError(e) }))
    }
  }, [])

  const replace = useCallback((order: OrderView) => {
    setState((cur) => ({ ...cur, items: cur.items.map((o) => (o.orderId === order.orderId ? order : o)) }))
  }, [])

  return { state, reload, loadMore, replace }
}
