import type { AfterSaleKind } from '@shared/api'
import type { DraftPhoto } from '@/hooks/use-photo-uploads'

export const AFTER_SALE_REASON_MAX = 200
export const AFTER_SALE_IMAGES_MAX = 6

export const AFTER_SALE_KIND_OPTIONS: { kind: AfterSaleKind; title: string; note: string }[] = [
  { kind: 'refund_only', title: '仅退款', note: '未收到货，或商品不必寄回' },
  { kind: 'return_refund', title: '退货退款', note: '寄回商品，品牌收到后退款' },
]

/** Why the request cannot be sent yet, or null. */
export function afterSaleProblem(d: { kind: AfterSaleKind | null; reason: string; photos: Pick<DraftPhoto, 'status'>[] }): string | null {
  if (!d.kind) return '请选择售后类型'
  if (!d.reason.trim()) return '请说明售后原因'
  if (Array.from(d.reason.trim()).length > AFTER_SALE_REASON_MAX) return `原因最多 ${AFTER_SALE_REASON_MAX} 字`
  if (d.photos.some((p) => p.status === 'uploading')) return '图片还在上传，请稍候'
  if (d.photos.some((p) => p.status === 'failed')) return '有图片上传失败，请重试或删除'
  return null
}
