import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { PartnerConsoleView, PartnerView } from '@shared/api'
import { useReloadable } from '@/hooks/use-reloadable'
import { myPartners, partnerConsole } from '@/services/partner-staff'

export interface ConsoleData {
  /** The partners the caller serves (empty: not staff; the brand opening ?partnerId= sees that one). */
  partners: PartnerView[]
  console: PartnerConsoleView | null
}

/**
 * The partners the caller serves and the console of the chosen one (the first unless
 * another was picked; the brand opens a partner's console with ?partnerId=).
 */
export function usePartnerConsole() {
  const asked = useRouter().params.partnerId || ''
  const [chosen, setChosen] = useState(asked)
  const load = useCallback(async (): Promise<ConsoleData> => {
    if (asked && chosen === asked) {
      const view = await partnerConsole(asked)
      return { partners: [view.partner], console: view }
    }
    const partners = await myPartners()
    const pick = partners.find((p) => p.partnerId === chosen) ?? partners[0]
    return { partners, console: pick ? await partnerConsole(pick.partnerId) : null }
  }, [asked, chosen])
  const data = useReloadable(load)
  return { ...data, choose: setChosen }
}
