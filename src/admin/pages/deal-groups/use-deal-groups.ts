import { useCallback, useRef, useState } from 'react'
import type { AdminGroupView, GroupStatus } from '@shared/api'
import { dealGroups } from '@/services/admin'
import { toAppError, type AppError } from '@/services/app-error'

export interface DealGroupsState {
  status: 'loading' | 'ready' | 'error'
  items: AdminGroupView[]
  cursor?: string
  error?: AppError
  loadingMore: boolean
}

const INITIAL: DealGroupsState = { status: 'loading', items: [], loadingMore: false }

/** The groups of one deal, optionally of one status, by page. */
export function useDealGroups(dealId: string | undefined, filter: GroupStatus | undefined) {
  const [state, setState] = useState<DealGroupsState>(INITIAL)
  const latest = useRef(state)
  latest.current = state
  const generation = useRef(0)

  const reload = useCallback(
    async (keepItems = false): Promise<AppError | undefined> => {
      const gen = ++generation.current
      setState((s) => (keepItems && s.items.length ? s : INITIAL))
      try {
        const page = await dealGroups(dealId ?? '', filter)
        if (gen === generation.current) setState({ status: 'ready', items: page.items, cursor: page.cursor, loadingMore: false })
        return undefined
      } catch (e) {
        const error = toAppError(e)
        if (gen === generation.current) setState((s) => ({ ...s, status: s.items.length ? 'ready' : 'error', error }))
        return error
      }
    },
    [dealId, filter],
  )

  const loadMore = useCallback(async () => {
    const s = latest.current
    if (s.status !== 'ready' || !s.cursor || s.loadingMore) return
    const gen = generation.current
    setState((cur) => ({ ...cur, loadingMore: true }))
    try {
      const page = await dealGroups(dealId ?? '', filter, s.cursor)
      if (gen === generation.current) setState((cur) => ({ ...cur, items: [...cur.items, ...page.items], cursor: page.cursor, loadingMore: false }))
    } catch {
      if (gen === generation.current) setState((cur) => ({ ...cur, loadingMore: false }))
    }
  }, [dealId, filter])

  return { state, reload, loadMore }
}
