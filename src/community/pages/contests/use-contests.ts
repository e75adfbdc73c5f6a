import { useCallback, useRef, useState } from 'react'
import type { ContestView } from '@shared/api'
import { AppError, toAppError } from '@/services/app-error'
import { listContests } from '@/services/contests'

export type ContestsState = { status: 'loading' } | { status: 'ready'; contests: ContestView[] } | { status: 'error'; error: AppError }

/** The contests, open ones first (the server's order); refreshed quietly when the page comes back. */
export function useContests() {
  const [state, setState] = useState<ContestsState>({ status: 'loading' })
  const generation = useRef(0)

  const reload = useCallback(async (quiet = false): Promise<AppError | undefined> => {
    const gen = ++generation.current
    if (!quiet) setState({ status: 'loading' })
    try {
      const contests = await listContests()
      if (gen === generation.current) setState({ status: 'ready', contests })
      return undefined
    } catch (e) {
      const error = toAppError(e)
      if (gen === generation.current) setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
      return error
    }
  }, [])

  return { state, reload }
}
