import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useRef } from 'react'
import type { AppError } from '@/services/app-error'

/**
 * A page that shows one reloadable thing: loads it when the page first shows, reloads it
 * quietly (keeping what is on screen) whenever the page comes back, and on pull-down,
 * where a failure is told in a toast.
 */
export function useRefreshOnShow(reload: (quiet?: boolean) => Promise<AppError | undefined>): void {
  const shown = useRef(false)
  useDidShow(() => {
    reload(shown.current)
    shown.current = true
  })
  usePullDownRefresh(async () => {
    const error = await reload(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
}
