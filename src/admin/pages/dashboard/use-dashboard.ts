import type { DashboardOutput, Granularity, LeaderFunnelOutput } from '@shared/api'
import { useCallback, useEffect, useRef, useState } from 'react'
import { defaultGranularity, rangeOf, type RangeDays } from '@/admin/dashboard-range'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useReloadable } from '@/hooks/use-reloadable'
import Taro from '@tarojs/taro'
import { toAppError } from '@/services/app-error'
import { dashboard, leaderFunnel, refreshToday as rollToday } from '@/services/admin-analytics'

export interface DashboardData {
  board: DashboardOutput
  funnel: LeaderFunnelOutput
}

/** The range picked (近7/30/90天, per day/week/month) and the dashboard and funnel read for it. */
export function useDashboard() {
  const [days, setDays] = useState<RangeDays>(30)
  const [granularity, setGranularity] = useState<Granularity>('day')
  const load = useCallback(async (): Promise<DashboardData> => {
    const range = rangeOf(days, Date.now())
    const [board, funnel] = await Promise.all([dashboard({ ...range, granularity }), leaderFunnel(range)])
    return { board, funnel }
  }, [days, granularity])
  const data = useReloadable(load)
  useRefreshOnShow(data.reload)
  // A new range reads again (the first read is the page showing).
  const picked = useRef(false)
  const { reload } = data
  useEffect(() => {
    if (picked.current) reload()
    picked.current = true
  }, [reload])
  // 更新: today's figures are rolled every 10 minutes; this rolls them now and reads again.
  const [refreshing, setRefreshing] = useState(false)
  const refreshToday = async () => {
    if (refreshing) return
    setRefreshing(true)
    try {
      await rollToday()
      reload()
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      setRefreshing(false)
    }
  }
  const pickDays = (next: RangeDays) => {
    setDays(next)
    setGranularity(defaultGranularity(next))
  }
  return { days, granularity, pickDays, setGranularity, refreshing, refreshToday, ...data }
}
