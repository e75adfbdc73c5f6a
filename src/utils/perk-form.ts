import type { PerkInput, PerkView } from '@shared/api'
import { fromShanghaiInput, toShanghaiInput } from '@/admin/pages/deal-edit/shanghai-input'
import { parseCount } from '@/utils/parse-count'

/** A perk as the brand types it: "buy <deal> → a voucher for <partner>'s <service>". */
export interface PerkForm {
  perkId?: string
  dealId: string
  partnerId: string
  service: string
  terms: string
  total: string
  /** Valid for some days after issue, or until a date (the end of that China day). */
  validity: 'days' | 'until'
  days: string
  untilDate: string
  perMember: string
  active: boolean
}

export type PerkFormErrors = Partial<Record<'dealId' | 'service' | 'terms' | 'total' | 'validity' | 'perMember', string>>

export const SERVICE_MAX = 30
export const TERMS_MAX = 300
export const TOTAL_MAX = 100_000
export const DAYS_MAX = 365

export const emptyPerkForm = (partnerId: string): PerkForm => ({
  dealId: '',
  partnerId,
  service: '',
  terms: '',
  total: '100',
  validity: 'days',
  days: '30',
  untilDate: '',
  perMember: '1',
  active: true,
})

export function perkToForm(p: PerkView): PerkForm {
  return {
    perkId: p.perkId,
    dealId: p.dealId,
    partnerId: p.partner.partnerId,
    service: p.service,
    terms: p.terms,
    total: String(p.total),
    validity: p.validity.mode,
    days: p.validity.mode === 'days' ? String(p.validity.days) : '30',
    // 'until' is stored as the instant the day ends (next midnight); show the day itself.
    untilDate: p.validity.mode === 'until' ? toShanghaiInput(new Date(Date.parse(p.validity.until) - 1).toISOString()).date : '',
    perMember: String(p.perMember),
    active: p.active,
  }
}

/** The validity as members read it: 发放后 30 天内有效 / 有效期至 12月31日. */
export function validityText(v: PerkInput['validity']): string {
  if (v.mode === 'days') return `发放后 ${v.days} 天内有效`
  const day = toShanghaiInput(new Date(Date.parse(v.until) - 1).toISOString()).date
  return `有效期至 ${day}`
}

/** The form as savePerk's input, or a Chinese message for each part that is wrong. `issued`: vouchers already out. */
export function formToPerkInput(f: PerkForm, now: Date, issued = 0): { ok: true; input: PerkInput } | { ok: false; errors: PerkFormErrors } {
  const errors: PerkFormErrors = {}
  const service = f.service.trim()
  const terms = f.terms.trim()
  if (!f.dealId) errors.dealId = '请选择买哪个商品送这份权益'
  if (!service) errors.service = '请填写服务内容，如 一节瑜伽体验课'
  else if (service.length > SERVICE_MAX) errors.service = `服务内容最多 ${SERVICE_MAX} 个字`
  if (terms.length > TERMS_MAX) errors.terms = `使用说明最多 ${TERMS_MAX} 个字`
  const total = parseCount(f.total, Math.max(1, issued), TOTAL_MAX)
  if (total === null) errors.total = issued > 0 ? `总量需在 ${issued}（已发放）到 ${TOTAL_MAX} 之间` : `总量为 1–${TOTAL_MAX} 的整数`
  const perMember = parseCount(f.perMember, 1, TOTAL_MAX)
  if (perMember === null || (total !== null && perMember > total)) errors.perMember = '每人限领需为 1 到总量之间的整数'
  let validity: PerkInput['validity'] | null = null
  if (f.validity === 'days') {
    const days = parseCount(f.days, 1, DAYS_MAX)
    if (days === null) errors.validity = `有效天数为 1–${DAYS_MAX} 天`
    else validity = { mode: 'days', days }
  } else {
    // Valid through the whole chosen China day: until the next midnight.
    const start = fromShanghaiInput(f.untilDate, '00:00')
    const until = start ? new Date(Date.parse(start) + 86_400_000).toISOString() : null
    if (!until) errors.validity = '请选择截止日期'
    else if (Date.parse(until) <= now.getTime()) errors.validity = '截止日期需在今天或以后'
    else validity = { mode: 'until', until }
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    input: {
      ...(f.perkId ? { perkId: f.perkId } : {}),
      dealId: f.dealId,
      partnerId: f.partnerId,
      service,
      terms,
      total: total!,
      validity: validity!,
      perMember: perMember!,
      active: f.active,
    },
  }
}
