import { useCallback, useEffect, useRef, useState } from 'react'
import type { CoCreatorApplicationView } from '@shared/api'
import { coCreatorApplications, type CoCreatorStatus } from '@/services/admin-member'
import { AppError, toAppError } from '@/services/app-error'

export type QueueState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; items: CoCreatorApplicationView[] }

/** The co-creator applications of one status (待审核 first), loaded while their tab is open. */
export function useCoCreatorQueue(active: boolean) {
  const [filter, setFilter] = useState<CoCreatorStatus | undefined>('pending')
  const [state, setState] = useState<QueueState>({ status: 'idle' })
  const generation = useRef(0)

  const reload = useCallback(
    async (quiet = false): Promise<AppError | undefined> => {
      const gen = ++generation.current
      if (!quiet) setState({ status: 'loading' })
      try {
        const items = await coCreatorApplications(filter)
        if (gen === generation.current) setState({ status: 'ready', items })
        return undefined
      } catch (e) {
        const error = toAppError(e)
        if (gen === generation.current) setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
        return error
      }
    },
    [filter],
  )

  useEffect(() => {
    if (active) reload()
  }, [active, reload])

  /** After a decision: the application changes in place, or leaves a list it no longer belongs to. */
  const decided = (app: CoCreatorApplicationView) =>
    setState((s) =>
      s.status !== 'ready'
        ? s
        : { status: 'ready', items: s.items.flatMap((a) => (a.openid !== app.openid ? [a] : filter && filter !== app.status ? [] : [app])) },
    )

  return { filter, changeFilter: setFilter, state, reload, decided }
}
