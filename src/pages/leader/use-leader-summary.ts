import { useCallback, useRef, useState } from 'react'
import type { DistributorSummary } from '@shared/api'
import { summary } from '@/services/distribution'
import { AppError, toAppError } from '@/services/app-error'

export type LeaderSummaryState =
  | { status: 'loading' }
  | { status: 'ready'; summary: DistributorSummary }
  | { status: 'error'; error: AppError }

/** The leader's code and figures; FORBIDDEN when the caller is not a distributor. */
export function useLeaderSummary() {
  const [state, setState] = useState<LeaderSummaryState>({ status: 'loading' })
  const generation = useRef(0)

  /** `quiet` keeps what is on screen, also when the refresh fails. */
  const reload = useCallback(async (quiet = false): Promise<AppError | undefined> => {
    const gen = ++generation.current
    if (!quiet) setState({ status: 'loading' })
    try {
      const data = await summary()
      if (gen === generation.current) setState({ status: 'ready', summary: data })
      return undefined
    } catch (e) {
      const error = toAppError(e)
      if (gen === generation.current) setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
      return error
    }
  }, [])

  return { state, reload }
}
