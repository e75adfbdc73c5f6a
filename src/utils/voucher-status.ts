import type { VoucherStatus } from '@shared/api'
import { VOUCHER_REMINDER_DAYS } from '@shared/domain/partner'
import { formatDate, formatDateTime } from './format'
import type { StatusChip } from './order-status'

export type VoucherTab = 'active' | 'used' | 'expired'

const DAY = 86_400_000

export const VOUCHER_TABS: { key: VoucherTab; label: string }[] = [
  { key: 'active', label: '未使用' },
  { key: 'used', label: '已使用' },
  { key: 'expired', label: '已过期' },
]

/** 未使用(2): the tab's name with its count once the counts are known. */
export function voucherTabItems(counts: Record<VoucherTab, number> | null): { key: VoucherTab; label: string }[] {
  return VOUCHER_TABS.map((t) => ({ key: t.key, label: counts && counts[t.key] > 0 ? `${t.label}(${counts[t.key]})` : t.label }))
}

const CHIPS: Record<VoucherStatus, StatusChip> = {
  active: { label: '未使用', tone: 'green' },
  used: { label: '已使用', tone: 'plain' },
  expired: { label: '已过期', tone: 'plain' },
  withdrawn: { label: '已撤回', tone: 'plain' },
}

export const voucherChip = (status: VoucherStatus): StatusChip => CHIPS[status] ?? CHIPS.expired

/**
 * The expiry as a member reads it: a voucher valid "for N days" ends at midnight, so it is
 * valid through the day before (有效期至 11月30日); a fixed time shows its minute.
 */
export function expiryText(expiresAt: string, now: number = Date.now()): string {
  const at = Date.parse(expiresAt)
  if (Number.isNaN(at)) return ''
  const atMidnight = (at + 8 * 3_600_000) % DAY === 0
  return atMidnight ? formatDate(new Date(at - 1).toISOString(), now) : formatDateTime(expiresAt, now)
}

/** One line under a voucher: how long it works, when it was used, or when it ran out. */
export function validityText(v: { status: VoucherStatus; expiresAt: string; usedAt: string }, now: number = Date.now()): string {
  if (v.status === 'used') return v.usedAt ? `${formatDateTime(v.usedAt, now)} 已使用` : '已使用'
  if (v.status === 'withdrawn') return '订单已退款，卡券已撤回'
  if (!v.expiresAt) return '长期有效'
  if (v.status === 'expired') return `已于 ${expiryText(v.expiresAt, now)} 过期`
  return `有效期至 ${expiryText(v.expiresAt, now)}`
}

/** 还剩 2 天: an unused voucher close to its end (the reminder window), else ''. */
export function expiringSoonText(v: { status: VoucherStatus; expiresAt: string }, now: number): string {
  if (v.status !== 'active' || !v.expiresAt) return ''
  const left = Date.parse(v.expiresAt) - now
  if (left <= 0 || left > VOUCHER_REMINDER_DAYS * DAY) return ''
  const days = Math.ceil(left / DAY)
  return days <= 1 ? '今天到期' : `还剩 ${days} 天`
}

/** What an empty tab says, and how to get a voucher. */
export function voucherEmptyText(tab: VoucherTab): { title: string; message: string } {
  if (tab === 'used') return { title: '还没有用过卡券', message: '到合作门店出示卡券的二维码或 6 位券码，店员核销后会出现在这里' }
  if (tab === 'expired') return { title: '没有过期的卡券', message: `卡券到期前 ${VOUCHER_REMINDER_DAYS} 天，可以提醒你去用` }
  return { title: '还没有可用的卡券', message: '购买带「买就送」的拼团好物，订单完成后，合作门店的卡券会自动发到这里' }
}

/** Under the code on the voucher page. */
export const VOUCHER_NOTE: Record<VoucherStatus, string> = {
  active: '到店向工作人员出示，扫码或报出 6 位券码核销',
  used: '这张卡券已核销，欢迎再来',
  expired: '这张卡券已过期，不能再使用',
  withdrawn: '订单已退款，这张卡券已撤回',
}
