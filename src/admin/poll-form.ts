import type { PollDraft, Tier } from '@shared/api'
import { toShanghaiInput } from '@/admin/pages/deal-edit/shanghai-input'
import { checkPeriod, checkTitled } from '@/admin/form-checks'
import { parseCount } from '@/utils/parse-count'

/** A new poll as the operator types it; dates and times are Shanghai wall time. */
export interface PollForm {
  title: string
  description: string
  options: string[]
  maxChoices: string
  minTier: Tier
  openDate: string
  openTime: string
  closeDate: string
  closeTime: string
}

export type PollFormErrors = Partial<Record<'title' | 'description' | 'options' | 'maxChoices' | 'openAt' | 'closeAt', string>>

export const OPTIONS_MIN = 2
export const OPTIONS_MAX = 10

/** A fresh form: open now, close in a week at 20:00, two empty options. */
export function emptyPollForm(now: Date): PollForm {
  const open = toShanghaiInput(now.toISOString())
  const close = toShanghaiInput(new Date(now.getTime() + 7 * 86_400_000).toISOString())
  return {
    title: '',
    description: '',
    options: ['', ''],
    maxChoices: '1',
    minTier: 'explorer',
    openDate: open.date,
    openTime: open.time,
    closeDate: close.date,
    closeTime: '20:00',
  }
}

/** The form as a draft for admin.savePoll, or a Chinese message for each part that is wrong. */
export function formToPollDraft(f: PollForm): { ok: true; draft: PollDraft } | { ok: false; errors: PollFormErrors } {
  const errors: PollFormErrors = {}
  const { title, description } = checkTitled(f, errors)
  const labels = f.options.map((o) => o.trim()).filter(Boolean)
  if (labels.length < OPTIONS_MIN || labels.length > OPTIONS_MAX) errors.options = `需要 ${OPTIONS_MIN}–${OPTIONS_MAX} 个选项`
  else if (labels.some((l) => l.length > 30)) errors.options = '每个选项最多 30 个字'
  else if (new Set(labels).size !== labels.length) errors.options = '选项不能重复'
  const maxChoices = parseCount(f.maxChoices, 1, OPTIONS_MAX)
  if (maxChoices === null || (labels.length >= OPTIONS_MIN && maxChoices > labels.length)) errors.maxChoices = '最多可选需在 1 到选项数之间'
  const { startAt: openAt, endAt: closeAt, startError, endError } = checkPeriod({ date: f.openDate, time: f.openTime }, { date: f.closeDate, time: f.closeTime }, '结束')
  if (startError) errors.openAt = startError
  if (endError) errors.closeAt = endError
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    draft: {
      title,
      description,
      options: labels.map((label) => ({ label })),
      maxChoices: maxChoices as number,
      minTier: f.minTier,
      openAt: openAt as string,
      closeAt: closeAt as string,
    },
  }
}
