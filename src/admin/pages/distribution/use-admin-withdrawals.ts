import { useCallback, useEffect, useState } from 'react'
import type { AdminWithdrawalView, WithdrawalView } from '@shared/api'
import { listWithdrawals } from '@/services/admin'
import { usePagedList } from '@/hooks/use-paged-list'

export type WithdrawalFilter = WithdrawalView['status'] | undefined

/** Withdrawals by status (待审核 first), paged, loaded while their tab is open. */
export function useAdminWithdrawals(active: boolean) {
  const [filter, setFilter] = useState<WithdrawalFilter>('pending_review')
  const fetchPage = useCallback((cursor?: string) => listWithdrawals(filter, cursor), [filter])
  const list = usePagedList(fetchPage)
  const { reload, reset } = list

  useEffect(() => {
    if (active) reload(true)
  }, [active, reload])

  const changeFilter = (next: WithdrawalFilter) => {
    reset()
    setFilter(next)
  }

  const reviewed = (w: AdminWithdrawalView) =>
    list.update((item) => (item.withdrawalId !== w.withdrawalId ? item : filter && filter !== w.status ? null : w))

  return { filter, changeFilter, list, reviewed }
}
