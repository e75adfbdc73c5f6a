import type { AdminRefundView } from '@shared/api'
import { invoke } from './api-client'

export type { AdminRefundView } from '@shared/api'

/** 退款异常: refunds the payment platform could not complete (ABNORMAL / CLOSED), and how many wait. */
export function refundsNeedingAttention(cursor?: string): Promise<{ items: AdminRefundView[]; count: number; cursor?: string }> {
  return invoke('admin', 'refundsNeedingAttention', cursor ? { cursor } : {})
}

/** retry: send a CLOSED refund again (after topping up); offline: handled outside, with a note (the order becomes 已退款). */
export async function resolveRefund(refundId: string, resolution: 'retry' | 'offline', note: string): Promise<AdminRefundView> {
  return (await invoke('admin', 'resolveRefund', { refundId, resolution, note })).refund
}
