import type { TrialScores } from '@shared/api'

export const SCORE_LABELS: Record<keyof TrialScores, string> = { taste: '口味', texture: '口感', packaging: '包装', value: '性价比' }
export const REPORT_MIN = 10
export const REPORT_MAX = 800

export interface TrialForm {
  scores: Partial<TrialScores>
  text: string
  wouldBuy: boolean | null
}

export type TrialErrors = Partial<Record<'scores' | 'text' | 'wouldBuy', string>>

/** The report as filled in, or a message for each part still missing. */
export function checkTrialForm(form: TrialForm): { ok: true; value: { scores: TrialScores; text: string; wouldBuy: boolean } } | { ok: false; errors: TrialErrors } {
  const errors: TrialErrors = {}
  const keys = Object.keys(SCORE_LABELS) as (keyof TrialScores)[]
  const missing = keys.filter((k) => !(form.scores[k]! >= 1 && form.scores[k]! <= 5))
  if (missing.length) errors.scores = `请给${missing.map((k) => SCORE_LABELS[k]).join('、')}打分`
  const text = form.text.trim()
  if (text.length < REPORT_MIN) errors.text = `至少写 ${REPORT_MIN} 个字，说说真实的感受`
  else if (text.length > REPORT_MAX) errors.text = `最多 ${REPORT_MAX} 个字`
  if (form.wouldBuy === null) errors.wouldBuy = '会回购吗？选一个'
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, value: { scores: form.scores as TrialScores, text, wouldBuy: form.wouldBuy as boolean } }
}

/** An average score (0–5) as the width of its bar, 0–100. */
export const scoreBarPercent = (average: number): number => Math.max(0, Math.min(100, Math.round((average / 5) * 100)))

/** A text typed into a form, trimmed, or why it is refused. */
export function checkText(raw: string, min: number, max: number, what: string): { ok: true; text: string } | { ok: false; error: string } {
  const text = raw.trim()
  if (text.length < min) return { ok: false, error: `${what}至少 ${min} 个字` }
  if (text.length > max) return { ok: false, error: `${what}最多 ${max} 个字` }
  return { ok: true, text }
}

/** Why the photos cannot be sent yet, or null. */
export function photosProblem(photos: { status: 'uploading' | 'done' | 'failed' }[]): string | null {
  if (photos.some((p) => p.status === 'uploading')) return '图片还在上传，请稍候'
  if (photos.some((p) => p.status === 'failed')) return '有图片上传失败，请重试或删除'
  return null
}

/** Lengths the forms accept. */
export const LIMITS = {
  idea: { min: 5, max: 300 },
  proposal: { min: 10, max: 1000 },
  comment: { min: 1, max: 300 },
  statement: { min: 10, max: 500 },
} as const
