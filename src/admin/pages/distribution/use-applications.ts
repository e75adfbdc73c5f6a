import { useCallback, useEffect, useState } from 'react'
import type { DistributorApplicationView } from '@shared/api'
import { distributorApplications } from '@/services/admin'
import { usePagedList } from '@/hooks/use-paged-list'

export type ApplicationFilter = DistributorApplicationView['status'] | undefined

/** The application queue (待审核 first), loaded while its tab is open. */
export function useApplications(active: boolean) {
  const [filter, setFilter] = useState<ApplicationFilter>('pending')
  const fetchPage = useCallback(async () => ({ items: await distributorApplications(filter) }), [filter])
  const list = usePagedList(fetchPage)
  const { reload, reset } = list

  useEffect(() => {
    if (active) reload(true)
  }, [active, reload])

  const changeFilter = (next: ApplicationFilter) => {
    reset()
    setFilter(next)
  }

  /** After a review: the application changes in place, or leaves a list it no longer belongs to. */
  const reviewed = (app: DistributorApplicationView) =>
    list.update((item) => (item.openid !== app.openid ? item : filter && filter !== app.status ? null : app))

  return { filter, changeFilter, list, reviewed }
}
