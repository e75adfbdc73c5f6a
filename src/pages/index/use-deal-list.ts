import { useCallback, useRef, useState } from 'react'
import type { DealView } from '@shared/api'
import { listDeals } from '@/services/groupbuy'
import { toAppError, type AppError } from '@/services/app-error'

export interface DealListState {
  status: 'loading' | 'ready' | 'error'
  items: DealView[]
  cursor?: string
  error?: AppError
  loadingMore: boolean
  moreError?: AppError
}

const INITIAL: DealListState = { status: 'loading', items: [], loadingMore: false }

/** The home feed: first page, pull-to-refresh, and the next pages by cursor. */
export function useDealList() {
  const [state, setState] = useState<DealListState>(INITIAL)
  const latest = useRef(state)
  latest.current = state
  const generation = useRef(0)

  /** Loads the first page again; `keepItems` keeps the list on screen (pull-to-refresh). */
  const reload = useCallback(async (keepItems = false): Promise<AppError | undefined> => {
    const gen = ++generation.current
    setState((s) => (keepItems && s.items.length ? { ...s, error: undefined } : INITIAL))
    try {
      const page = await listDeals()
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
      const page = await listDeals(s.cursor)
      if (gen !== generation.current) return
      setState((cur) => ({ ...cur, items: [...cur.items, ...page.items], cursor: page.cursor, loadingMore: false }))
    } catch (e) {
      if (gen === generation.current) setState((cur) => ({ ...cur, loadingMore: false, moreError: toAppError(e) }))
    }
  }, [])

  return { state, reload, loadMore }
}
