import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { GroupView } from '@shared/api'
import { getGroup } from '@/services/groupbuy'
import { AppError, toAppError } from '@/services/app-error'

export type GroupState =
  | { status: 'loading' }
  | { status: 'ready'; group: GroupView }
  | { status: 'error'; error: AppError }

/** How often an unfinished group is asked again, so members see success arrive. */
export const POLL_MS = 5000

const isLive = (group: GroupView) => group.status === 'pending' || group.status === 'open'

/** One group by id; polled while the page is on screen and the group is still filling. */
export function useGroup(groupId: string | undefined) {
  const [state, setState] = useState<GroupState>({ status: 'loading' })
  const generation = useRef(0)

  /** `quiet` keeps what is on screen, also when the refresh fails. */
  const reload = useCallback(
    async (quiet = false): Promise<AppError | undefined> => {
      const gen = ++generation.current
      if (!groupId) {
        setState({ status: 'error', error: new AppError('NOT_FOUND') })
        return undefined
      }
      if (!quiet) setState({ status: 'loading' })
      try {
        const group = await getGroup(groupId)
        if (gen === generation.current) setState({ status: 'ready', group })
        return undefined
      } catch (e) {
        const error = toAppError(e)
        if (gen === generation.current) setState((s) => (quiet && s.status === 'ready' ? s : { status: 'error', error }))
        return error
      }
    },
    [groupId],
  )

  const [onScreen, setOnScreen] = useState(true)
  const hidden = useRef(false)
  useDidShow(() => {
    setOnScreen(true)
    if (hidden.current) reload(true)
    hidden.current = false
  })
  useDidHide(() => {
    hidden.current = true
    setOnScreen(false)
  })

  const live = state.status === 'ready' && isLive(state.group)
  useEffect(() => {
    if (!onScreen || !live) return undefined
    const timer = setInterval(() => reload(true), POLL_MS)
    return () => clearInterval(timer)
  }, [onScreen, live, reload])

  return { state, reload }
}
