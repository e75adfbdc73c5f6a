import { useCallback, useState } from 'react'
import type { ContestView } from '@shared/api'
import { AppError, toAppError } from '@/services/app-error'
import { getContest } from '@/services/contests'

export type ContestState = { status: 'loading' } | { status: 'ready'; contest: ContestView } | { status: 'error'; error: AppError }

/** One contest; a quiet reload keeps it on screen when the call fails. */
export function useContest(contestId: string) {
  const [state, setState] = useState<ContestState>({ status: 'loading' })

  const load = useCallback(
    async (quiet = false): Promise<AppError | undefined> => {
      if (!quiet) setState({ status: 'loading' })
      try {
        const contest = await getContest(contestId)
        setState({ status: 'ready', contest })
        return undefined
      } catch (e) {
        const error = toAppError(e)
        setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
        return error
      }
    },
    [contestId],
  )

  return { state, load }
}
