import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { PerkView } from '@shared/api'
import { dealPerks } from '@/services/partner'

/**
 * The deal's perks, read whenever the page shows, beside (not after) the deal itself, so
 * they never hold up its first paint; a failure keeps what was there (none at first).
 */
export function useDealPerks(dealId: string | undefined): PerkView[] {
  const [perks, setPerks] = useState<PerkView[]>([])
  const latest = useRef(0)
  useDidShow(() => {
    if (!dealId) return
    const call = ++latest.current
    dealPerks(dealId).then((items) => call === latest.current && setPerks(items), () => undefined)
  })
  return perks
}
