import { useCallback, useRef, useState } from 'react'
import type { PollView } from '@shared/api'
import { listPolls } from '@/services/community'
import { AppError, toAppError } from '@/services/app-error'
import { sortPolls } from '@/utils/poll-phase'

export type PollsState = { status: 'loading' } | { status: 'ready'; polls: PollView[] } | { status: 'error'; error: AppError }

/** The community's polls, open ones first; refreshed quietly when the page comes back. */
export function usePolls() {
  const [state, setState] = useState<PollsState>({ status: 'loading' })
  const generation = useRef(0)

  const reload = useCallback(async (quiet = false): Promise<AppError | undefined> => {
    const gen = ++generation.current
    if (!quiet) setState({ status: 'loading' })
    try {
      const polls = sortPolls(await listPolls())
      if (gen === generation.current) setState({ status: 'ready', polls })
      return undefined
    } catch (e) {
      const error = toAppError(e)
      if (gen === generation.current) setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
      return error
    }
  }, [])

  return { state, reload }
}
