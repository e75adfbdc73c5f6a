import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { GroupView } from '@shared/api'
import { useReloadable } from '@/hooks/use-reloadable'
import { getGroup } from '@/services/groupbuy'

/** How often an unfinished group is asked again, so members see success arrive. */
export const POLL_MS = 5000

const isLive = (group: GroupView) => group.status === 'pending' || group.status === 'open'

/** One group by id; polled while the page is on screen and the group is still filling. */
export function useGroup(groupId: string | undefined) {
  const { state, reload } = useReloadable(useMemo(() => (groupId ? () => getGroup(groupId) : undefined), [groupId]))

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

  const live = state.status === 'ready' && isLive(state.data)
  useEffect(() => {
    if (!onScreen || !live) return undefined
    const timer = setInterval(() => reload(true), POLL_MS)
    return () => clearInterval(timer)
  }, [onScreen, live, reload])

  return { state, reload }
}
