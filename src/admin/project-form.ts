import type { ProjectDetail, ProjectDraft, ProjectPhase, ProjectRules } from '@shared/api'
import { PHASES } from '@shared/domain/cocreation'
import { fromShanghaiInput, toShanghaiInput } from '@/admin/pages/deal-edit/shanghai-input'
import { parseCount } from '@/utils/parse-count'
import {
  defaultWeights,
  emptyThreshold,
  formToRewardPlan,
  thresholdToRow,
  weightsToForm,
  type ThresholdRow,
  type WeightsForm,
} from './reward-plan-form'

/** A project as the brand types it; each phase starts on a Shanghai date. */
export interface ProjectForm {
  title: string
  question: string
  cover: string
  rules: ProjectRules
  /** 'YYYY-MM-DD' per phase. */
  dates: Record<ProjectPhase, string>
  maxCoCreators: string
  thresholds: ThresholdRow[]
  weights: WeightsForm
  /** '' for no linked poll. */
  pollId: string
}

/** Keys: title, question, cover, scope, ownership, credit, rewards, <phase>, maxCoCreators, threshold-<i>, weights. */
export type ProjectFormErrors = Record<string, string>

export const MAX_CO_CREATORS = 20
const RULE_MAX = 2000
const DAY = 86_400_000

/** A fresh form: phases two weeks apart from today, 5 co-creators, one threshold of 500 units → ¥3,000. */
export function emptyProjectForm(now: Date): ProjectForm {
  const dates = Object.fromEntries(PHASES.map((p, i) => [p, toShanghaiInput(new Date(now.getTime() + i * 14 * DAY).toISOString()).date])) as Record<ProjectPhase, string>
  return {
    title: '',
    question: '',
    cover: '',
    rules: { scope: '', ownership: '', credit: '', rewards: '' },
    dates,
    maxCoCreators: '5',
    thresholds: [{ ...emptyThreshold('units'), atLeast: '500', poolYuan: '3000', points: '0' }],
    weights: defaultWeights(),
    pollId: '',
  }
}

/** A saved project back in the form, to edit it. */
export function projectToForm(p: ProjectDetail): ProjectForm {
  const dates = Object.fromEntries(PHASES.map((phase) => [phase, p.timeline[phase] ? toShanghaiInput(p.timeline[phase]).date : ''])) as Record<ProjectPhase, string>
  return {
    title: p.title,
    question: p.question,
    cover: p.cover,
    rules: { ...p.rules },
    dates,
    maxCoCreators: String(p.maxCoCreators),
    thresholds: p.rewardPlan.thresholds.map(thresholdToRow),
    weights: weightsToForm(p.rewardPlan.weights),
    pollId: p.pollId ?? '',
  }
}

/** Whether the rules typed differ from the saved ones (saving them makes a new version). */
export const rulesChanged = (saved: ProjectRules | undefined, typed: ProjectRules): boolean =>
  Boolean(saved) && (Object.keys(typed) as (keyof ProjectRules)[]).some((k) => saved?.[k].trim() !== typed[k].trim())

function checkText(errors: ProjectFormErrors, key: string, text: string, min: number, max: number, what: string): string {
  const t = text.trim()
  if (t.length < min) errors[key] = `请填写${what}`
  else if (t.length > max) errors[key] = `${what}最多 ${max} 个字`
  return t
}

/** The form as a draft for admin.saveProject, or a Chinese message for each part that is wrong. */
export function formToProjectDraft(f: ProjectForm): { ok: true; draft: ProjectDraft } | { ok: false; errors: ProjectFormErrors } {
  const errors: ProjectFormErrors = {}
  const title = checkText(errors, 'title', f.title, 2, 40, '标题（2–40 个字）')
  const question = checkText(errors, 'question', f.question, 2, 80, '要回答的问题')
  if (!f.cover) errors.cover = '请选择或上传封面'
  const rules: ProjectRules = {
    scope: checkText(errors, 'scope', f.rules.scope, 2, RULE_MAX, '征集范围'),
    ownership: checkText(errors, 'ownership', f.rules.ownership, 2, RULE_MAX, '成果归属'),
    credit: checkText(errors, 'credit', f.rules.credit, 2, RULE_MAX, '署名方式'),
    rewards: checkText(errors, 'rewards', f.rules.rewards, 2, RULE_MAX, '奖励说明'),
  }
  const timeline = {} as Record<ProjectPhase, string>
  let previous: string | null = null
  for (const phase of PHASES) {
    const at = fromShanghaiInput(f.dates[phase], '00:00')
    if (!at) errors[phase] = '请选择日期'
    else if (previous && at < previous) errors[phase] = '不能早于上一阶段'
    timeline[phase] = at ?? ''
    if (at) previous = at
  }
  const maxCoCreators = parseCount(f.maxCoCreators, 1, MAX_CO_CREATORS)
  if (maxCoCreators === null) errors.maxCoCreators = `共创官名额需在 1–${MAX_CO_CREATORS} 之间`
  const { plan, errors: planErrors } = formToRewardPlan(f.thresholds, f.weights)
  Object.assign(errors, planErrors)
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    draft: { title, question, cover: f.cover, rules, timeline, maxCoCreators: maxCoCreators as number, rewardPlan: plan, pollId: f.pollId || null },
  }
}
