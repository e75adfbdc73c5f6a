import type { CoCreatorApplicationView, Tier } from '@shared/api'

export const EXPERTISE_PRESETS = ['轻食', '健身', '烘焙', '母婴', '摄影', '测评', '社群运营']
export const STATEMENT_MIN = 10
export const STATEMENT_MAX = 500
export const EXPERTISE_MAX = 5
export const TAG_MAX = 12

export interface CoCreatorForm {
  statement: string
  expertise: string[]
  agreed: boolean
}

export type CoCreatorErrors = Partial<Record<keyof CoCreatorForm, string>>

/** The application as typed, trimmed, or a Chinese message for each part that is wrong. */
export function checkCoCreatorForm(form: CoCreatorForm): { ok: true; value: { statement: string; expertise: string[] } } | { ok: false; errors: CoCreatorErrors } {
  const statement = form.statement.trim()
  const expertise = form.expertise.map((t) => t.trim()).filter(Boolean)
  const errors: CoCreatorErrors = {}
  if (statement.length < STATEMENT_MIN) errors.statement = `申请陈述至少 ${STATEMENT_MIN} 个字，说说你想怎样参与共创`
  else if (statement.length > STATEMENT_MAX) errors.statement = `申请陈述最多 ${STATEMENT_MAX} 个字`
  if (!expertise.length) errors.expertise = '至少选择 1 个擅长领域'
  else if (expertise.length > EXPERTISE_MAX) errors.expertise = `最多选择 ${EXPERTISE_MAX} 个擅长领域`
  if (!form.agreed) errors.agreed = '请阅读并同意《共创者公约》'
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { statement, expertise } }
}

/**
 * Adds or removes a tag: a tap on a chosen tag removes it; a new one is refused (with a
 * reason) when empty, too long, already there, or past the limit.
 */
export function toggleTag(tags: string[], raw: string): { tags: string[]; refusal: string | null } {
  const tag = raw.trim()
  if (!tag) return { tags, refusal: '请输入擅长领域' }
  if (tags.includes(tag)) return { tags: tags.filter((t) => t !== tag), refusal: null }
  if (tag.length > TAG_MAX) return { tags, refusal: `每个领域最多 ${TAG_MAX} 个字` }
  if (tags.length >= EXPERTISE_MAX) return { tags, refusal: `最多选择 ${EXPERTISE_MAX} 个擅长领域` }
  return { tags: [...tags, tag], refusal: null }
}

/** What the page shows: who may not apply yet, the form, or where the application stands. */
export type CoCreatorStage = 'locked' | 'form' | 'pending' | 'approved' | 'rejected' | 'revoked'

export function coCreatorStage(tier: Tier, application: CoCreatorApplicationView | null): CoCreatorStage {
  if (tier === 'cocreator') return 'approved'
  if (tier === 'explorer') return 'locked'
  if (!application) return 'form'
  if (application.status === 'approved') return 'revoked'
  return application.status
}
