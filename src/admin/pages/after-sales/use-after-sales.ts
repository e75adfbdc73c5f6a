import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { AfterSaleStatus } from '@shared/api'
import { usePagedList } from '@/hooks/use-paged-list'
import { toAppError } from '@/services/app-error'
import { afterSales, reviewAfterSale, type AdminAfterSale } from '@/services/fulfilment'

export interface AfterSaleReview {
  afterSale: AdminAfterSale
  approve: boolean
}

/** After-sale requests by status (待处理 first), and the review being confirmed. */
export function useAfterSales() {
  const [filter, setFilter] = useState<AfterSaleStatus | undefined>('open')
  const fetchPage = useCallback((cursor?: string) => afterSales(filter, cursor), [filter])
  const list = usePagedList(fetchPage)
  const [review, setReview] = useState<AfterSaleReview | null>(null)
  const [returnReceived, setReturnReceived] = useState(false)
  const [busy, setBusy] = useState(false)
  const { reload, reset } = list

  useEffect(() => {
    reload()
  }, [reload])

  const changeFilter = (next: AfterSaleStatus | undefined) => {
    reset()
    setFilter(next)
  }

  const open = (afterSale: AdminAfterSale, approve: boolean) => {
    setReturnReceived(false)
    setReview({ afterSale, approve })
  }

  const confirm = async (note: string) => {
    if (!review || busy) return
    const { afterSale: a, approve } = review
    setBusy(true)
    try {
      const done = await reviewAfterSale(a.afterSaleId, approve, note, approve && a.kind === 'return_refund' ? returnReceived : undefined)
      list.update((item) => (item.afterSaleId !== done.afterSaleId ? item : filter && filter !== done.status ? null : { ...item, ...done }))
      Taro.showToast({ title: approve ? '已同意，退款处理中' : '已拒绝，买家会看到原因', icon: 'none', duration: 2500 })
      setReview(null)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  return {
    filter,
    changeFilter,
    list,
    review,
    open,
    close: () => !busy && setReview(null),
    confirm,
    busy,
    returnReceived,
    setReturnReceived,
  }
}
