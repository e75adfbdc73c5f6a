import type { AdminPartnerView, PartnerInput, PartnerKind } from '@shared/api'
import { PARTNER_KIND_LABELS } from '@shared/domain/partner'

export const PARTNER_KINDS = Object.keys(PARTNER_KIND_LABELS) as PartnerKind[]

/** A partner as the brand types it. */
export interface PartnerForm {
  partnerId?: string
  name: string
  kind: PartnerKind
  address: string
  hours: string
  phone: string
  logo: string
  intro: string
  active: boolean
}

export type PartnerFormErrors = Partial<Record<'name' | 'address' | 'hours' | 'phone' | 'intro', string>>

export const emptyPartnerForm = (): PartnerForm => ({
  name: '',
  kind: 'yoga',
  address: '',
  hours: '周一至周日 9:00–21:00',
  phone: '',
  logo: '',
  intro: '',
  active: true,
})

export const partnerToForm = (p: AdminPartnerView): PartnerForm => ({
  partnerId: p.partnerId,
  name: p.name,
  kind: p.kind,
  address: p.address,
  hours: p.hours,
  phone: p.phone,
  logo: p.logo,
  intro: p.intro,
  active: p.active,
})

/** Landlines with area codes, mobiles, 400 numbers: digits, spaces, dashes, 7–20 long. */
const PHONE = /^[0-9][0-9\s-]{5,18}[0-9]$/

/** The form as savePartner's input, or a Chinese message for each field that is wrong. */
export function formToPartnerInput(f: PartnerForm): { ok: true; input: PartnerInput } | { ok: false; errors: PartnerFormErrors } {
  const errors: PartnerFormErrors = {}
  const name = f.name.trim()
  const address = f.address.trim()
  const hours = f.hours.trim()
  const phone = f.phone.trim()
  const intro = f.intro.trim()
  if (!name) errors.name = '请填写合作伙伴名称'
  else if (name.length > 30) errors.name = '名称最多 30 个字'
  if (!address) errors.address = '请填写地址，会员凭券到店要用'
  else if (address.length > 100) errors.address = '地址最多 100 个字'
  if (hours.length > 40) errors.hours = '营业时间最多 40 个字'
  if (phone && !PHONE.test(phone)) errors.phone = '请填写正确的电话号码，如 021-6488 1234'
  if (intro.length > 500) errors.intro = '介绍最多 500 个字'
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    input: { ...(f.partnerId ? { partnerId: f.partnerId } : {}), name, kind: f.kind, address, hours, phone, logo: f.logo, intro, active: f.active },
  }
}
