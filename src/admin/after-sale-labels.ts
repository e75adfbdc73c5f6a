import type { AfterSaleKind, AfterSaleStatus } from '@shared/api'

export const AFTER_SALE_KIND: Record<AfterSaleKind, string> = {
  refund_only: '仅退款',
  return_refund: '退货退款',
}

export const AFTER_SALE_STATUS: Record<AfterSaleStatus, { label: string; tone: 'amber' | 'green' | 'plain' }> = {
  open: { label: '待处理', tone: 'amber' },
  approved: { label: '已同意', tone: 'green' },
  rejected: { label: '已拒绝', tone: 'plain' },
}

export const AFTER_SALE_FILTERS = (['open', 'approved', 'rejected'] as const).map((value) => ({ value, label: AFTER_SALE_STATUS[value].label }))
