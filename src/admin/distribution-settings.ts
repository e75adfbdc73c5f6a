import type { DistributionSettings } from '@shared/api'
import { parseCount } from '@/utils/parse-count'
import { parseYuan } from '@/utils/parse-yuan'
import { fieldDigits, formatYuan } from '@/utils/format'

/** The distribution settings as typed: a percentage, days, yuan, a count. */
export interface SettingsForm {
  ratePercent: string
  bindingDays: string
  minWithdrawYuan: string
  maxWithdrawalsPerDay: string
}

export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>

export function settingsToForm(s: DistributionSettings): SettingsForm {
  return {
    // Basis points read like fen: 1500 -> '15' (percent), 1250 -> '12.5'.
    ratePercent: fieldDigits(s.defaultRateBps),
    bindingDays: String(s.bindingDays),
    minWithdrawYuan: fieldDigits(s.minWithdrawFen),
    maxWithdrawalsPerDay: String(s.maxWithdrawalsPerDay),
  }
}

/** The form as settings (the cloud's ranges), or a Chinese message for each field that is wrong. */
export function formToSettings(f: SettingsForm): { ok: true; settings: DistributionSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {}
  // A percentage with up to two decimals reads like yuan: '15' -> 1500 basis points.
  const defaultRateBps = parseYuan(f.ratePercent)
  if (defaultRateBps === null || defaultRateBps > 5000) errors.ratePercent = '佣金比例需在 0–50% 之间（最多两位小数）'
  const bindingDays = parseCount(f.bindingDays, 1, 365)
  if (bindingDays === null) errors.bindingDays = '绑定天数需在 1–365 天之间'
  const minWithdrawFen = parseYuan(f.minWithdrawYuan)
  if (minWithdrawFen === null || minWithdrawFen < 30 || minWithdrawFen > 2_000_000) errors.minWithdrawYuan = `最低提现需在 ${formatYuan(30)}–${formatYuan(2_000_000)} 之间`
  const maxWithdrawalsPerDay = parseCount(f.maxWithdrawalsPerDay, 1, 50)
  if (maxWithdrawalsPerDay === null) errors.maxWithdrawalsPerDay = '每天提现次数需在 1–50 次之间'
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    settings: {
      defaultRateBps: defaultRateBps as number,
      bindingDays: bindingDays as number,
      minWithdrawFen: minWithdrawFen as number,
      maxWithdrawalsPerDay: maxWithdrawalsPerDay as number,
    },
  }
}
