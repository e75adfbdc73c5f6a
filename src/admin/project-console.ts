import type { ProjectCard, ProjectPhase } from '@shared/api'
import { PHASE_LABELS, PHASES } from '@shared/domain/cocreation'
import { fromShanghaiInput, toShanghaiInput } from '@/admin/pages/deal-edit/shanghai-input'
import { parseCount } from '@/utils/parse-count'
import { toggleChoice } from '@/utils/poll-results'

export type ProjectStage = ProjectPhase | 'draft'

/** A phase (or 草稿) as the brand reads it. */
export const stageLabel = (stage: ProjectStage): string => (stage === 'draft' ? '草稿' : PHASE_LABELS[stage])

/**
 * The phase 进入下一阶段 moves to: a draft is published into 需求征集; 内测 ends with 上市,
 * which needs a deal (the launch form), so there is no plain next step from it.
 */
export function nextPhase(stage: ProjectStage): ProjectPhase | null {
  if (stage === 'draft') return 'ideas'
  const i = PHASES.indexOf(stage)
  const next = PHASES[i + 1]
  return next && next !== 'launched' ? next : null
}

/** What the button says before moving on. */
export function nextPhaseText(stage: ProjectStage): string | null {
  const next = nextPhase(stage)
  if (!next) return null
  return stage === 'draft' ? '发布，开始需求征集' : `进入下一阶段：${PHASE_LABELS[next]}`
}

/** The chosen co-creators after tapping an applicant: toggled, never more than the places (`full`). */
export function toggleCoCreator(selected: string[], openid: string, max: number): { selected: string[]; full: boolean } {
  return toggleChoice(selected, openid, true, max)
}

/** The list's filter chips: 全部, 草稿 and each phase. */
export const STAGE_FILTERS: { value: ProjectStage | undefined; label: string }[] = [
  { value: undefined, label: '全部' },
  { value: 'draft', label: '草稿' },
  ...PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] })),
]

/** Projects in the order the brand works on them: drafts, then by phase, launched last. */
export function projectsByStage<P extends Pick<ProjectCard, 'phase'>>(projects: P[], filter?: ProjectStage): P[] {
  const rank = (s: ProjectStage) => (s === 'draft' ? -1 : PHASES.indexOf(s))
  return projects.filter((p) => !filter || p.phase === filter).sort((a, b) => rank(a.phase) - rank(b.phase))
}

/** 上市 as typed: a deal, and optionally a pre-sale ending at a Shanghai date and time with a minimum quantity. */
export interface LaunchForm {
  dealId: string
  presale: boolean
  endDate: string
  endTime: string
  minQuantity: string
}

export function emptyLaunchForm(now: Date): LaunchForm {
  const end = toShanghaiInput(new Date(now.getTime() + 7 * 86_400_000).toISOString())
  return { dealId: '', presale: false, endDate: end.date, endTime: '20:00', minQuantity: '100' }
}

export type LaunchInput = { dealId: string; presale?: { endsAt: string; minQuantity: number } }

/** The launch form as the call's input, or the first thing wrong with it. */
export function launchInput(f: LaunchForm, now: Date): { ok: true; input: LaunchInput } | { ok: false; error: string } {
  if (!f.dealId) return { ok: false, error: '请选择上市的拼团活动' }
  if (!f.presale) return { ok: true, input: { dealId: f.dealId } }
  const endsAt = fromShanghaiInput(f.endDate, f.endTime)
  if (!endsAt) return { ok: false, error: '请选择预售截止时间' }
  if (Date.parse(endsAt) <= now.getTime()) return { ok: false, error: '预售截止时间需晚于现在' }
  const minQuantity = parseCount(f.minQuantity, 1, 1_000_000)
  if (minQuantity === null) return { ok: false, error: '最低成团数量需是正整数' }
  return { ok: true, input: { dealId: f.dealId, presale: { endsAt, minQuantity } } }
}
