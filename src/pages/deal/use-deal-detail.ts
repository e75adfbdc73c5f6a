import { useMemo } from 'react'
import { useReloadable } from '@/hooks/use-reloadable'
import { getDeal } from '@/services/groupbuy'

/** One deal and its open groups, loaded by id; NOT_FOUND without one. */
export function useDealDetail(dealId: string | undefined) {
  return useReloadable(useMemo(() => (dealId ? () => getDeal(dealId) : undefined), [dealId]))
}
