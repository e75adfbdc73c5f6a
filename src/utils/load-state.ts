import type { AppError } from '@/services/app-error'

/** One thing read from the cloud, as a page shows it. */
export type LoadState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: AppError }

/** What a failed read leaves on screen: a quiet reload keeps data already shown. */
export function afterFailure<T>(state: LoadState<T>, error: AppError, quiet: boolean): LoadState<T> {
  return quiet && state.status === 'ready' ? state : { status: 'error', error }
}

/** The data changed in place (a like, say); any other state, or no change, stays as it is. */
export function changeData<T>(state: LoadState<T>, change: (data: T) => T): LoadState<T> {
  if (state.status !== 'ready') return state
  const data = change(state.data)
  return data === state.data ? state : { status: 'ready', data }
}
