import type { AdminRewardView, RewardInput } from '@shared/api'
import type { RewardKind } from '@shared/domain/reward'
import { parseYuan } from './parse-yuan'
import { yuanDigits } from './format'

/** The 积分商城 editor's fields, as typed. */
export interface RewardForm {
  rewardId?: string
  title: string
  kind: RewardKind
  pointsCost: string
  amount: string
  minSpend: string
  dealId: string | null
  /** kind 'perk': the partner perk a redemption gives one voucher of. */
  perkId: string | null
  total: string
  perMember: string
  validDays: string
  active: boolean
}

export type RewardFormErrors = Partial<Record<'title' | 'pointsCost' | 'amount' | 'minSpend' | 'dealId' | 'perkId' | 'total' | 'perMember' | 'validDays', string>>

export const NEW_REWARD: RewardForm = {
  title: '', kind: 'coupon', pointsCost: '300', amount: '5', minSpend: '39', dealId: null, perkId: null, total: '100', perMember: '1', validDays: '30', active: true,
}

export function rewardToForm(r: AdminRewardView): RewardForm {
  return {
    rewardId: r.rewardId, title: r.title, kind: r.kind, pointsCost: String(r.pointsCost), amount: yuanDigits(r.amountFen), minSpend: yuanDigits(r.minSpendFen),
    dealId: r.dealId, perkId: r.perkId, total: String(r.total), perMember: String(r.perMember), validDays: String(r.validDays), active: r.active,
  }
}

const whole = (text: string, min: number, max: number): number | null => {
  const n = Number(text.trim())
  return /^\d+$/.test(text.trim()) && n >= min && n <= max ? n : null
}

/** The form checked as the function will check it, with a Chinese line per wrong field; `redeemed` bounds the total. */
export function formToRewardInput(f: RewardForm, redeemed = 0): { ok: true; input: RewardInput } | { ok: false; errors: RewardFormErrors } {
  const errors: RewardFormErrors = {}
  const pointsCost = whole(f.pointsCost, 1, 1_000_000)
  const total = whole(f.total, Math.max(0, redeemed), 1_000_000)
  const perMember = whole(f.perMember, 1, 100)
  const validDays = whole(f.validDays, 1, 365)
  const amountFen = f.kind === 'coupon' ? parseYuan(f.amount) : 0
  const minSpendFen = f.kind !== 'coupon' ? 0 : f.minSpend.trim() ? parseYuan(f.minSpend) : 0
  if (!f.title.trim()) errors.title = '请填写兑换品名称'
  if (pointsCost === null) errors.pointsCost = '所需积分须为 1 以上的整数'
  if (f.kind === 'coupon' && !amountFen) errors.amount = '请填写优惠金额，如 5'
  if (minSpendFen === null) errors.minSpend = '门槛金额格式不对，如 39'
  if (f.kind === 'sample' && !f.dealId) errors.dealId = '免费试吃须选一个商品'
  if (f.kind === 'perk' && !f.perkId) errors.perkId = '请选一项合作伙伴权益'
  if (total === null) errors.total = redeemed ? `总数不能少于已兑出的 ${redeemed} 份` : '总数须为整数'
  if (perMember === null) errors.perMember = '每人限兑 1–100 次'
  if (validDays === null) errors.validDays = '有效天数 1–365'
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    input: {
      ...(f.rewardId ? { rewardId: f.rewardId } : {}),
      title: f.title.trim(), kind: f.kind, pointsCost: pointsCost!, amountFen: amountFen!, minSpendFen: minSpendFen!, dealId: f.kind === 'perk' ? null : f.dealId, perkId: f.kind === 'perk' ? f.perkId : null,
      total: total!, perMember: perMember!, validDays: validDays!, active: f.active,
    },
  }
}
