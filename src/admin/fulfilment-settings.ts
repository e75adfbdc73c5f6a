import type { FulfilmentSettings } from '@/services/fulfilment'
import { parseCount } from '@/utils/parse-count'

/** 自动确认收货 and 售后期, in days, as typed. */
export interface FulfilmentSettingsForm {
  autoReceiveDays: string
  afterSaleDays: string
}

export type FulfilmentSettingsErrors = Partial<Record<keyof FulfilmentSettingsForm, string>>

export const fulfilmentSettingsToForm = (s: FulfilmentSettings): FulfilmentSettingsForm => ({
  autoReceiveDays: String(s.autoReceiveDays),
  afterSaleDays: String(s.afterSaleDays),
})

/** The form as settings, or a Chinese message for each field that is wrong. */
export function formToFulfilmentSettings(
  f: FulfilmentSettingsForm,
): { ok: true; settings: FulfilmentSettings } | { ok: false; errors: FulfilmentSettingsErrors } {
  const errors: FulfilmentSettingsErrors = {}
  const autoReceiveDays = parseCount(f.autoReceiveDays, 1, 30)
  if (autoReceiveDays === null) errors.autoReceiveDays = '自动确认收货需在 1–30 天之间'
  const afterSaleDays = parseCount(f.afterSaleDays, 0, 30)
  if (afterSaleDays === null) errors.afterSaleDays = '售后期需在 0–30 天之间'
  if (autoReceiveDays === null || afterSaleDays === null) return { ok: false, errors }
  return { ok: true, settings: { autoReceiveDays, afterSaleDays } }
}
