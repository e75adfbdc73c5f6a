import { useCallback, useRef, useState } from 'react'
import type { GetDealOutput } from '@shared/api'
import { getDeal } from '@/services/groupbuy'
import { AppError, toAppError } from '@/services/app-error'

export type DealDetailState =
  | { status: 'loading' }
  | { status: 'ready'; data: GetDealOutput }
  | { status: 'error'; error: AppError }

/** One deal and its open groups, loaded by id. */
export function useDealDetail(dealId: string | undefined) {
  const [state, setState] = useState<DealDetailState>({ status: 'loading' })
  const generation = useRef(0)

  /** Loads the deal again; `quiet` keeps what is on screen, also when the refresh fails. */
  const reload = useCallback(
    async (quiet = false): Promise<AppError | undefined> => {
      const gen = ++generation.current
      if (!dealId) {
        setState({ status: 'error', error: new AppError('NOT_FOUND') })
        return undefined
      }
      if (!quiet) setState({ status: 'loading' })
      try {
        const data = await getDeal(dealId)
        if (gen === generation.current) setState({ status: 'ready', data })
        return undefined
      } catch (e) {
        const error = toAppError(e)
        if (gen === generation.current) setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
        return error
      }
    },
    [dealId],
  )

  return { state, reload }
}
