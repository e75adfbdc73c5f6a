import { useEffect, useState } from 'react'
import type { CardPosterContent } from '@/components/share-poster'
import { listDeals } from '@/services/groupbuy'

/** Up to three deals on sale, for the leader's poster and share card; none when they cannot be read. */
export function useFeaturedDeals(): CardPosterContent['picks'] {
  const [picks, setPicks] = useState<CardPosterContent['picks']>([])
  useEffect(() => {
    let live = true
    listDeals()
      .then(({ items }) => {
        const onSale = items.filter((d) => d.phase === 'on_sale').slice(0, 3)
        if (live) setPicks(onSale.map((d) => ({ title: d.title, image: d.thumb, groupPriceFen: d.groupPriceFen })))
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return picks
}
