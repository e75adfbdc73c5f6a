import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AfterSaleKind } from '@shared/api'
import { goBack } from '@/routes'
import { toAppError } from '@/services/app-error'
import { getOrder, requestAfterSale } from '@/services/groupbuy'
import { usePhotoUploads } from '@/hooks/use-photo-uploads'
import { useReloadable } from '@/hooks/use-reloadable'
import { afterSaleProblem, AFTER_SALE_IMAGES_MAX } from '@/utils/after-sale-form'

/** 申请售后 for one order: kind, reason, photos; the server's refusal is shown as it says it. */
export function useAfterSale(orderId: string | undefined) {
  const load = useCallback(() => getOrder(orderId as string), [orderId])
  const order = useReloadable(orderId ? load : undefined)
  const { reload } = order
  useEffect(() => {
    reload()
  }, [reload])
  const [kind, setKind] = useState<AfterSaleKind | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const photos = usePhotoUploads(AFTER_SALE_IMAGES_MAX)
  const busy = useRef(false)

  const submit = async () => {
    if (busy.current || !orderId) return
    const problem = afterSaleProblem({ kind, reason, photos: photos.photos })
    if (problem || !kind) {
      setError(problem ?? '')
      return
    }
    busy.current = true
    setSubmitting(true)
    setError('')
    try {
      const images = photos.photos.map((p) => p.fileId).filter((id): id is string => Boolean(id))
      await requestAfterSale({ orderId, kind, reason: reason.trim(), images })
      Taro.showToast({ title: '已提交，等待品牌处理', icon: 'none', duration: 2000 })
      setTimeout(() => goBack('orders'), 800)
    } catch (e) {
      setError(toAppError(e).message)
    } finally {
      busy.current = false
      setSubmitting(false)
    }
  }

  return { order, kind, setKind, reason, setReason, photos, error, submitting, submit }
}
