import { useEffect, useState } from 'react'
import { getDeal } from '@/services/groupbuy'
import { viewer } from '@/services/viewer'

/**
 * Where an adopted poll leads: admins to the deal's editor (it starts as a draft), members
 * to the deal once it is on the shelf; until then nowhere (已采纳，即将上新).
 */
export type AdoptedLink = { kind: 'none' } | { kind: 'admin'; dealId: string } | { kind: 'deal'; dealId: string } | { kind: 'soon' }

export function useAdoptedDeal(dealId: string | null): AdoptedLink {
  const [link, setLink] = useState<AdoptedLink>({ kind: dealId ? 'soon' : 'none' })
  useEffect(() => {
    if (!dealId) return setLink({ kind: 'none' })
    let live = true
    ;(async () => {
      const isAdmin = await viewer().then((v) => v.isAdmin, () => false)
      if (isAdmin) return live && setLink({ kind: 'admin', dealId })
      const deal = await getDeal(dealId).then((d) => d.deal, () => null)
      if (live) setLink(deal && deal.status !== 'draft' ? { kind: 'deal', dealId } : { kind: 'soon' })
    })()
    return () => {
      live = false
    }
  }, [dealId])
  return link
}
