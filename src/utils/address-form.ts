import type { AddressInput, AddressView } from '@shared/api'
import { isMainlandMobile } from '@shared/domain/delivery'

/** What WeChat's chooseAddress answers (the fields we keep). */
export interface WechatAddress {
  userName: string
  telNumber: string
  provinceName: string
  cityName: string
  countyName: string
  detailInfo: string
}

export function fromWechatAddress(a: WechatAddress): AddressInput {
  return {
    name: a.userName.trim(),
    phone: a.telNumber.replace(/\D/g, ''),
    region: [a.provinceName, a.cityName, a.countyName],
    detail: a.detailInfo.trim(),
  }
}

export type AddressField = 'name' | 'phone' | 'region' | 'detail'

/**
 * The first thing wrong with an address being typed, before it is sent (the server checks
 * again and its message is shown as is); null when it may be sent.
 */
export function addressProblem(a: AddressInput): { field: AddressField; message: string } | null {
  if (!a.name.trim()) return { field: 'name', message: '请填写收货人' }
  if (!a.phone.trim()) return { field: 'phone', message: '请填写手机号' }
  if (!isMainlandMobile(a.phone.trim())) return { field: 'phone', message: '请填写11位手机号' }
  if (a.region.some((part) => !part.trim())) return { field: 'region', message: '请填写省、市、区' }
  if (!a.detail.trim()) return { field: 'detail', message: '请填写详细地址' }
  return null
}

/** The address trimmed, as sent. */
export function cleanAddress(a: AddressInput): AddressInput {
  return {
    ...a,
    name: a.name.trim(),
    phone: a.phone.trim(),
    region: [a.region[0].trim(), a.region[1].trim(), a.region[2].trim()],
    detail: a.detail.trim(),
  }
}

/** 上海市上海市徐汇区 reads badly: a city named like its province is said once. */
export function regionText(region: readonly [string, string, string] | string[]): string {
  const [province, city, district] = region
  return [province, city === province ? '' : city, district].filter(Boolean).join(' ')
}

export function addressLine(a: Pick<AddressView, 'region' | 'detail'>): string {
  return `${regionText(a.region)} ${a.detail}`.trim()
}

/** 138****8000: a phone as shown in lists. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone
}

export const EMPTY_ADDRESS: AddressInput = { name: '', phone: '', region: ['', '', ''], detail: '', isDefault: false }
