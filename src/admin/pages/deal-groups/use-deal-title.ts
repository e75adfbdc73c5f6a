import { useEffect, useState } from 'react'
import { getAdminDeal } from '@/services/admin'

/** The deal's title for the page heading; empty until it arrives (or if it cannot). */
export function useDealTitle(dealId: string | undefined): string {
  const [title, setTitle] = useState('')
  useEffect(() => {
    if (!dealId) return
    getAdminDeal(dealId)
      .then(({ deal }) => setTitle(deal.title))
      .catch(() => setTitle(''))
  }, [dealId])
  return title
}
