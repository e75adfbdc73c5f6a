import { AppError } from '@/services/app-error'
import { afterFailure, changeData, type LoadState } from '@/utils/load-state'

const ready: LoadState<{ id: string; likes: number }> = { status: 'ready', data: { id: 'a', likes: 1 } }
const failure = new AppError('INTERNAL')

describe('what a failed read leaves on screen', () => {
  it('a quiet reload keeps the data already shown', () => {
    expect(afterFailure(ready, failure, true)).toBe(ready)
  })

  it('a loud reload shows the error', () => {
    expect(afterFailure(ready, failure, false)).toEqual({ status: 'error', error: failure })
  })

  it.each([
    ['loading', { status: 'loading' } as const],
    ['error', { status: 'error', error: new AppError('NOT_FOUND') } as const],
  ])('a quiet reload with nothing shown yet (%s) shows the error', (_, state) => {
    expect(afterFailure(state, failure, true)).toEqual({ status: 'error', error: failure })
  })
})

describe('changing the data in place', () => {
  it('changes ready data', () => {
    expect(changeData(ready, (d) => ({ ...d, likes: 2 }))).toEqual({ status: 'ready', data: { id: 'a', likes: 2 } })
  })

  it('leaves the state as it is when nothing changed', () => {
    expect(changeData(ready, (d) => d)).toBe(ready)
  })

  it('does nothing while loading or failed', () => {
    const loading: LoadState<number> = { status: 'loading' }
    expect(changeData<number>(loading, (n) => n + 1)).toBe(loading)
  })
})
