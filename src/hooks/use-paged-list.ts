import { useCallback, useRef, useState } from 'react'
import { toAppError, type AppError } from '@/services/app-error'

export interface PagedListState<T> {
  /** 'idle' until first asked for (a tab not opened yet). */
  status: 'idle' | 'loading' | 'ready' | 'error'
  items: T[]
  cursor?: string
  error?: AppError
  loadingMore: boolean
  moreError?: AppError
}

export type FetchPage<T> = (cursor?: string) => Promise<{ items: T[]; cursor?: string }>

export interface PagedList<T> {
  state: PagedListState<T>
  reload(keepItems?: boolean): Promise<AppError | undefined>
  loadMore(): Promise<void>
  reset(): void
  update(change: (item: T) => T | null): void
}

const idle = <T>(): PagedListState<T> => ({ status: 'idle', items: [], loadingMore: false })

/**
 * A list read page by page through a cursor: the first page, the next ones, a reload that
 * may keep the items on screen, and in-place edits. `fetchPage` must be stable.
 */
export function usePagedList<T>(fetchPage: FetchPage<T>): PagedList<T> {
  const [state, setState] = useState<PagedListState<T>>(idle)
  const latest = useRef(state)
  latest.current = state
  const generation = useRef(0)

  /** Loads the first page again; `keepItems` keeps the list on screen meanwhile. */
  const reload = useCallback(
    async (keepItems = false): Promise<AppError | undefined> => {
      const gen = ++generation.current
      setState((s) => (keepItems && s.items.length ? { ...s, error: undefined } : { ...idle<T>(), status: 'loading' }))
      try {
        const page = await fetchPage()
        if (gen === generation.current) setState({ status: 'ready', items: page.items, cursor: page.cursor, loadingMore: false })
        return undefined
      } catch (e) {
        const error = toAppError(e)
        if (gen === generation.current) setState((s) => ({ ...s, status: s.items.length ? 'ready' : 'error', error }))
        return error
      }
    },
    [fetchPage],
  )

  // Set at once (state lags a render): a tap on 加载更多 and reaching the bottom in the same
  // moment must not both fetch the page after the same cursor and append it twice.
  const inFlight = useRef(false)
  const loadMore = useCallback(async () => {
    const s = latest.current
    if (s.status !== 'ready' || !s.cursor || s.loadingMore || inFlight.current) return
    inFlight.current = true
    const gen = generation.current
    const after = s.cursor
    setState((cur) => ({ ...cur, loadingMore: true, moreError: undefined }))
    try {
      const page = await fetchPage(after)
      // Appended only onto the list it continues (not after a reload, not twice).
      if (gen === generation.current) setState((cur) => (cur.cursor === after ? { ...cur, items: [...cur.items, ...page.items], cursor: page.cursor, loadingMore: false } : { ...cur, loadingMore: false }))
    } catch (e) {
      if (gen === generation.current) setState((cur) => ({ ...cur, loadingMore: false, moreError: toAppError(e) }))
    } finally {
      inFlight.current = false
    }
  }, [fetchPage])

  /** Forgets the list: it loads again when next asked for. */
  const reset = useCallback(() => {
    generation.current += 1
    setState(idle<T>())
  }, [])

  /** Changes items in place (one was reviewed, say); returning null drops the item. */
  const update = useCallback((change: (item: T) => T | null) => {
    setState((cur) => ({ ...cur, items: cur.items.map(change).filter((item): item is T => item !== null) }))
  }, [])

  return { state, reload, loadMore, reset, update }
}

