import { useEffect, useState } from 'react'
import { commissions, customers, withdrawals } from '@/services/distribution'
import { usePagedList } from '@/hooks/use-paged-list'

export type LeaderTab = 'commissions' | 'customers' | 'withdrawals'

/**
 * The leader centre's three lists (佣金明细, 我的客户, 提现记录): each loads when its tab is
 * first opened, and only once `enabled` (the caller is a distributor).
 */
export function useLeaderLists(enabled: boolean, initialTab: LeaderTab = 'commissions') {
  const lists = {
    commissions: usePagedList(commissions),
    customers: usePagedList(customers),
    withdrawals: usePagedList(withdrawals),
  }
  const [tab, setTab] = useState<LeaderTab>(initialTab)
  const active = lists[tab]

  useEffect(() => {
    if (enabled && active.state.status === 'idle') active.reload()
  }, [enabled, active])

  /** Coming back (from the withdraw page, say): the open tab quietly, the others when next opened. */
  const refresh = () => {
    for (const key of Object.keys(lists) as LeaderTab[]) {
      if (key === tab) lists[key].reload(true)
      else lists[key].reset()
    }
  }

  return { tab, setTab, ...lists, active, refresh }
}
