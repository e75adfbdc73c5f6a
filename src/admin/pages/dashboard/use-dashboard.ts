import type { DashboardOutput, Granularity, LeaderFunnelOutput } from '@shared/api'
import { useCallback, useEffect, useRef, useState } from 'react'
import { defaultGranularity, rangeOf, type RangeDays } from '@/admin/dashboard-range'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useReloadable } from '@/hooks/use-reloadable'
import { dashboard, leaderFunnel } from '@/services/admin-analytics'

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
  const pickDays = (next: RangeDays) => {
    setDays(next)
    setGranularity(defaultGranularity(next))
  }
  return { days, granularity, pickDays, setGranularity, ...data }
}
