import { useCallback, useEffect, useState } from 'react'
import type { ShipQueueItem } from '@shared/api'
import { usePagedList } from '@/hooks/use-paged-list'
import { shipQueue, type ShipStage } from '@/services/fulfilment'

/** One stage of the shipping queue, narrowed to a deal, paged; and the orders ticked in it. */
export function useShipQueue(stage: ShipStage | null, dealId: string | undefined) {
  const fetchPage = useCallback((cursor?: string) => shipQueue({ stage: stage ?? undefined, dealId }, cursor), [stage, dealId])
  const list = usePagedList<ShipQueueItem>(fetchPage)
  const [selected, setSelected] = useState<string[]>([])
  const { reload } = list

  useEffect(() => {
    setSelected([])
    if (stage) reload()
  }, [stage, reload])

  const toggle = (orderId: string) => setSelected((s) => (s.includes(orderId) ? s.filter((id) => id !== orderId) : [...s, orderId]))
  const setMany = (orderIds: string[], on: boolean) =>
    setSelected((s) => (on ? [...new Set([...s, ...orderIds])] : s.filter((id) => !orderIds.includes(id))))

  /** After shipping or dispatching: the handled orders leave this stage. */
  const handled = (orderIds: string[]) => {
    list.update((item) => (orderIds.includes(item.orderId) ? null : item))
    setSelected((s) => s.filter((id) => !orderIds.includes(id)))
  }

  return { list, selected, toggle, setMany, clear: () => setSelected([]), handled }
}
