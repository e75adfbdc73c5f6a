import { useCallback, useState } from 'react'
import type { ContestView } from '@shared/api'
import { adminContestOrder } from '@/admin/contest-award'
import { AppError, toAppError } from '@/services/app-error'
import { listContests } from '@/services/contests'
import { viewer } from '@/services/viewer'

export type AdminContestsState = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; contests: ContestView[] }

/**
 * Every contest, those waiting to be judged first.
 * Anyone may list contests, so a shopper is stopped here (FORBIDDEN) before seeing the admin's buttons.
 */
export function useAdminContests() {
  const [state, setState] = useState<AdminContestsState>({ status: 'loading' })

  const reload = useCallback(async (quiet = false): Promise<AppError | undefined> => {
    if (!quiet) setState({ status: 'loading' })
    try {
      const [me, contests] = await Promise.all([viewer(), listContests()])
      if (!me.isAdmin) throw new AppError('FORBIDDEN')
      setState({ status: 'ready', contests: adminContestOrder(contests) })
      return undefined
    } catch (e) {
      const error = toAppError(e)
      setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
      return error
    }
  }, [])

  return { state, reload }
}
