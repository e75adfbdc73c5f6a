import { useEffect, useState } from 'react'
import { listAdminDeals } from '@/services/admin'

/** The deals to filter the queue by (the newest page is enough for chips). */
export function useDealOptions() {
  const [deals, setDeals] = useState<{ dealId: string; title: string }[]>([])
  useEffect(() => {
    listAdminDeals().then(
      (page) => setDeals(page.items.map((d) => ({ dealId: d.dealId, title: d.title }))),
      () => setDeals([]),
    )
  }, [])
  return deals
}
