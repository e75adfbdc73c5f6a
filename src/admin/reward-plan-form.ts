import type { ContributionKind, RewardPlan, RewardThreshold } from '@shared/api'
import { DEFAULT_WEIGHTS } from '@shared/domain/cocreation'
import { parseCount } from '@/utils/parse-count'
import { parseYuan } from '@/utils/parse-yuan'
import { fieldDigits } from '@/utils/format'

/** What each contribution kind is called in the weights table, in the order shown. */
export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, string> = {
  idea: '提出想法',
  idea_adopted: '想法被采纳',
  selected: '入选共创官',
  proposal: '提交方案',
  proposal_adopted: '方案被采纳',
  supplier_adopted: '供应商推荐被采纳',
  trial_report: '提交内测报告',
}
export const CONTRIBUTION_KINDS = Object.keys(CONTRIBUTION_KIND_LABELS) as ContributionKind[]

/** A threshold as typed: units, or GMV in yuan; the pool in yuan. */
export interface ThresholdRow {
  metric: RewardThreshold['metric']
  atLeast: string
  poolYuan: string
  points: string
}

export type WeightsForm = Record<ContributionKind, string>

const MAX_UNITS = 10_000_000
const MAX_POINTS = 1_000_000
const MAX_WEIGHT = 100

export const MAX_THRESHOLDS = 10

/** A new row, measured like the rows before it (all thresholds share one metric). */
export const emptyThreshold = (metric: ThresholdRow['metric']): ThresholdRow => ({ metric, atLeast: '', poolYuan: '', points: '0' })

export function defaultWeights(): WeightsForm {
  return Object.fromEntries(CONTRIBUTION_KINDS.map((k) => [k, String(DEFAULT_WEIGHTS[k])])) as WeightsForm
}

export function thresholdToRow(t: RewardThreshold): ThresholdRow {
  return { metric: t.metric, atLeast: t.metric === 'gmv' ? fieldDigits(t.atLeast) : String(t.atLeast), poolYuan: fieldDigits(t.poolFen), points: String(t.points) }
}

/** A saved plan's weights, any kind it lacks at its default. */
export function weightsToForm(weights: Partial<Record<ContributionKind, number>>): WeightsForm {
  return Object.fromEntries(CONTRIBUTION_KINDS.map((k) => [k, String(weights[k] ?? DEFAULT_WEIGHTS[k])])) as WeightsForm
}

/** One threshold row as the contract wants it (fen), or why it is wrong. */
export function rowToThreshold(row: ThresholdRow): { ok: true; threshold: RewardThreshold } | { ok: false; error: string } {
  const atLeast = row.metric === 'gmv' ? parseYuan(row.atLeast) : parseCount(row.atLeast, 1, MAX_UNITS)
  if (!atLeast) return { ok: false, error: row.metric === 'gmv' ? '请填写销售额门槛（元）' : '请填写销量门槛（件）' }
  const poolFen = row.poolYuan.trim() === '' ? 0 : parseYuan(row.poolYuan)
  if (poolFen === null) return { ok: false, error: '奖金池按元填写，最多两位小数' }
  const points = row.points.trim() === '' ? 0 : parseCount(row.points, 0, MAX_POINTS)
  if (points === null) return { ok: false, error: `积分需在 0–${MAX_POINTS} 之间` }
  if (!poolFen && !points) return { ok: false, error: '奖金池和积分至少填一项' }
  return { ok: true, threshold: { metric: row.metric, atLeast, poolFen, points } }
}

/** The table as a reward plan; errors keyed `threshold-<i>`, `thresholds` (order, count) and `weights`. */
export function formToRewardPlan(rows: ThresholdRow[], weights: WeightsForm): { plan: RewardPlan; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const thresholds: RewardThreshold[] = []
  rows.forEach((row, i) => {
    const checked = rowToThreshold(row)
    if (checked.ok) thresholds.push(checked.threshold)
    else errors[`threshold-${i}`] = checked.error
  })
  if (rows.length > MAX_THRESHOLDS) errors.thresholds = `最多 ${MAX_THRESHOLDS} 个门槛`
  else if (thresholds.length === rows.length && thresholds.some((t, i) => i > 0 && (t.metric !== thresholds[i - 1].metric || t.atLeast <= thresholds[i - 1].atLeast)))
    errors.thresholds = '门槛需使用同一指标，并从低到高排列'
  const parsed = {} as Record<ContributionKind, number>
  for (const k of CONTRIBUTION_KINDS) {
    const w = parseCount(weights[k], 0, MAX_WEIGHT)
    if (w === null) errors.weights = `权重需是 0–${MAX_WEIGHT} 的整数`
    parsed[k] = w ?? 0
  }
  if (!errors.weights && CONTRIBUTION_KINDS.every((k) => parsed[k] === 0)) errors.weights = '至少一种贡献的权重大于 0'
  return { plan: { thresholds, weights: parsed }, errors }
}
