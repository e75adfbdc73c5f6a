import type { DistributorApplicationView } from '@shared/api'

export interface ApplicationForm {
  realName: string
  reason: string
}

export type ApplicationErrors = Partial<Record<keyof ApplicationForm, string>>

export const REASON_MAX = 300

/** The application as typed, trimmed, or a Chinese message for each field that is wrong. */
export function checkApplication(form: ApplicationForm): { ok: true; value: ApplicationForm } | { ok: false; errors: ApplicationErrors } {
  const realName = form.realName.trim()
  const reason = form.reason.trim()
  const errors: ApplicationErrors = {}
  if (realName.length < 2 || realName.length > 20) errors.realName = '请填写 2–20 个字的真实姓名'
  if (reason.length < 5) errors.reason = '申请理由至少 5 个字，说说你的社群和分享方式'
  else if (reason.length > REASON_MAX) errors.reason = `申请理由最多 ${REASON_MAX} 个字`
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { realName, reason } }
}

/** What the apply page shows: the form, or where the application stands. */
export type ApplyStage = 'form' | 'pending' | 'approved' | 'rejected' | 'suspended'

export function applyStage(app: DistributorApplicationView | null, isDistributor: boolean): ApplyStage {
  if (isDistributor) return 'approved'
  if (!app) return 'form'
  if (app.status === 'approved') return 'suspended'
  return app.status
}
