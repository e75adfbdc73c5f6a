import { useCallback, useEffect, useRef, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { myVouchers, type VoucherCounts } from '@/services/partner'
import type { VoucherTab } from '@/utils/voucher-status'

/** 我的卡券 of the chosen tab, page by page, how many each tab holds and how many are still being issued (from every answer). */
export function useVoucherList() {
  const [tab, setTab] = useState<VoucherTab>('active')
  const [counts, setCounts] = useState<VoucherCounts | null>(null)
  const [issuing, setIssuing] = useState(0)
  const fetchPage = useCallback(
    async (cursor?: string) => {
      const page = await myVouchers(tab, cursor)
      setCounts(page.counts)
      setIssuing(page.issuing ?? 0)
      return page
    },
    [tab],
  )
  const list = usePagedList(fetchPage)
  useRefreshOnShow(list.reload)

  // A new tab reads its first page; the first one is read when the page shows.
  const mounted = useRef(false)
  const { reload } = list
  useEffect(() => {
    if (mounted.current) reload()
    mounted.current = true
  }, [reload])

  const changeTab = (next: VoucherTab) => {
    if (next === tab) return
    list.reset()
    setTab(next)
  }

  return { tab, changeTab, counts, issuing, list }
}
