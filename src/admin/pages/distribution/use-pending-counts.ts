import { useCallback, useState } from 'react'
import { distributorApplications, listWithdrawals } from '@/services/admin'

/** How many applications and withdrawals wait for the operator (the tabs' badges). */
export function usePendingCounts() {
  const [counts, setCounts] = useState({ applications: 0, withdrawals: 0 })
  const refresh = useCallback(async () => {
    try {
      const [apps, withdrawals] = await Promise.all([distributorApplications('pending'), listWithdrawals('pending_review')])
      setCounts({ applications: apps.length, withdrawals: withdrawals.items.length })
    } catch {
      // Badges are a hint; the lists say the rest.
    }
  }, [])
  return { counts, refresh }
}
