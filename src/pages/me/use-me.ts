import { useCallback, useRef, useState } from 'react'
import type { MeOutput } from '@shared/api'
import { me } from '@/services/member'
import { AppError, toAppError } from '@/services/app-error'

export type MeState = { status: 'loading' } | { status: 'ready'; me: MeOutput } | { status: 'error'; error: AppError }

/** The caller's own profile; refreshed quietly whenever the tab comes back. */
export function useMe() {
  const [state, setState] = useState<MeState>({ status: 'loading' })
  const generation = useRef(0)

  const reload = useCallback(async (quiet = false): Promise<AppError | undefined> => {
    const gen = ++generation.current
    if (!quiet) setState({ status: 'loading' })
    try {
      const data = await me()
      if (gen === generation.current) setState({ status: 'ready', me: data })
      return undefined
    } catch (e) {
      const error = toAppError(e)
      if (gen === generation.current) setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
      return error
    }
  }, [])

  return { state, reload }
}
