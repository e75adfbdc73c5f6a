import type { AdminPickupPointView, PickupPointInput } from '@shared/api'
import { isMainlandMobile } from '@shared/domain/delivery'

/** The 自提点 editor's fields as typed. */
export interface PointForm {
  pointId?: string
  name: string
  address: string
  hours: string
  contactName: string
  contactPhone: string
  kind: 'leader' | 'partner'
  /** The leader who runs it (kind leader). */
  ownerOpenid: string
  active: boolean
}

export type PointFormErrors = Partial<Record<keyof PointForm, string>>

export const emptyPointForm = (): PointForm => ({
  name: '',
  address: '',
  hours: '每天 9:00–21:00',
  contactName: '',
  contactPhone: '',
  kind: 'leader',
  ownerOpenid: '',
  active: true,
})

export const pointFormFrom = (p: AdminPickupPointView): PointForm => ({
  pointId: p.pointId,
  name: p.name,
  address: p.address,
  hours: p.hours,
  contactName: p.contactName,
  contactPhone: p.contactPhone,
  kind: p.kind,
  ownerOpenid: p.ownerOpenid,
  active: p.active,
})

const tooLong = (text: string, max: number) => text.trim().length > max

/** The form as savePickupPoint's input, or a Chinese message for each field that is wrong. */
export function pointInputFromForm(f: PointForm): { ok: true; input: PickupPointInput } | { ok: false; errors: PointFormErrors } {
  const errors: PointFormErrors = {}
  if (!f.name.trim()) errors.name = '请填写自提点名称'
  else if (tooLong(f.name, 30)) errors.name = '名称最多 30 个字'
  if (!f.address.trim()) errors.address = '请填写详细地址'
  else if (tooLong(f.address, 100)) errors.address = '地址最多 100 个字'
  if (!f.hours.trim()) errors.hours = '请填写营业时间，如 每天 9:00–21:00'
  else if (tooLong(f.hours, 40)) errors.hours = '营业时间最多 40 个字'
  if (!f.contactName.trim()) errors.contactName = '请填写联系人'
  const phone = f.contactPhone.replace(/[\s-]/g, '')
  if (!isMainlandMobile(phone)) errors.contactPhone = '请填写 11 位手机号'
  if (f.kind === 'leader' && !f.ownerOpenid) errors.ownerOpenid = '请选择负责这个自提点的团长'
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    input: {
      ...(f.pointId ? { pointId: f.pointId } : {}),
      name: f.name.trim(),
      address: f.address.trim(),
      hours: f.hours.trim(),
      contactName: f.contactName.trim(),
      contactPhone: phone,
      kind: f.kind,
      ...(f.kind === 'leader' ? { ownerOpenid: f.ownerOpenid } : {}),
      active: f.active,
    },
  }
}
