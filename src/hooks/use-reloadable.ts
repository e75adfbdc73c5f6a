import { useCallback, useRef, useState } from 'react'
import { AppError, toAppError } from '@/services/app-error'
import { afterFailure, changeData, type LoadState } from '@/utils/load-state'

export interface Reloadable<T> {
  state: LoadState<T>
  /** Reads again; `quiet` keeps what is on screen, also when the read fails. Resolves to the failure, if any. */
  reload(quiet?: boolean): Promise<AppError | undefined>
  /** Changes the data on screen in place. */
  update(change: (data: T) => T): void
}

/**
 * One thing read from the cloud, read again on demand; only the latest read lands.
 * `load` must be stable; `undefined` means there is nothing to read (a page opened
 * without its id), which shows NOT_FOUND.
 */
export function useReloadable<T>(load: (() => Promise<T>) | undefined): Reloadable<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })
  const generation = useRef(0)

  const reload = useCallback(
    async (quiet = false): Promise<AppError | undefined> => {
      const gen = ++generation.current
      if (!load) {
        setState({ status: 'error', error: new AppError('NOT_FOUND') })
        return undefined
      }
      if (!quiet) setState({ status: 'loading' })
      try {
        const data = await load()
        if (gen === generation.current) setState({ status: 'ready', data })
        return undefined
      } catch (e) {
        const error = toAppError(e)
        if (gen === generation.current) setState((s) => afterFailure(s, error, quiet))
        return error
      }
    },
    [load],
  )

  const update = useCallback((change: (data: T) => T) => setState((s) => changeData(s, change)), [])

  return { state, reload, update }
}
