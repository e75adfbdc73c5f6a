import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import type { GroupView } from '@shared/api'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useReloadable } from '@/hooks/use-reloadable'
import { getGroup } from '@/services/groupbuy'

/** How often an unfinished group is asked again, so members see success arrive. */
export const POLL_MS = 5000

const isLive = (group: GroupView) => group.status === 'pending' || group.status === 'open'

/** One group by id; loaded on show, reloaded on return and pull-down, and polled while the page is on screen and the group is still filling. */
export function useGroup(groupId: string | undefined) {
  const { state, reload } = useReloadable(useMemo(() => (groupId ? () => getGroup(groupId) : undefined), [groupId]))

  // Loads on show, and again quietly on coming back: seats fill while we are away.
  useRefreshOnShow(reload)
  const [onScreen, setOnScreen] = useState(true)
  useDidShow(() => setOnScreen(true))
  useDidHide(() => setOnScreen(false))

  const live = state.status === 'ready' && isLive(state.data)
  useEffect(() => {
    if (!onScreen || !live) return undefined
    const timer = setInterval(() => reload(true), POLL_MS)
    return () => clearInterval(timer)
  }, [onScreen, live, reload])

  return { state, reload }
}
