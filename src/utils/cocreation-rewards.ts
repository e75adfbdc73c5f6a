import type { ContributionKind, RewardThreshold } from '@shared/api'
import { formatYuan } from './format'

export const CONTRIBUTION_LABELS: Record<ContributionKind, string> = {
  idea: '提出想法',
  idea_adopted: '想法被采纳',
  selected: '入选产品共创官',
  proposal: '提交方案',
  proposal_adopted: '方案被采纳',
  supplier_adopted: '推荐的供应商被采纳',
  trial_report: '提交内测报告',
}

export const contributionLabel = (kind: ContributionKind): string => CONTRIBUTION_LABELS[kind] ?? kind

/** 售出 500 份 or 销售额满 ¥30000.00, as a threshold's condition. */
export function thresholdCondition(t: Pick<RewardThreshold, 'metric' | 'atLeast'>): string {
  return t.metric === 'units' ? `售出 ${t.atLeast} 份` : `销售额满 ${formatYuan(t.atLeast)}`
}

/** What crossing it pays everyone together: 奖池 ¥3000.00 + 2000 积分. */
export function thresholdPool(t: Pick<RewardThreshold, 'poolFen' | 'points'>): string {
  const parts = [t.poolFen > 0 ? `奖池 ${formatYuan(t.poolFen)}` : '', t.points > 0 ? `${t.points} 积分` : ''].filter(Boolean)
  return parts.join(' + ') || '—'
}

/** A member's share: ¥12.50 + 30 积分. */
export function shareText(cashFen: number, points: number): string {
  const parts = [cashFen > 0 ? formatYuan(cashFen) : '', points > 0 ? `${points} 积分` : ''].filter(Boolean)
  return parts.join(' + ') || formatYuan(0)
}

/** How far sales are toward a threshold, 0–100. */
export function thresholdProgress(t: Pick<RewardThreshold, 'metric' | 'atLeast'>, sales: { units: number; gmvFen: number }): number {
  const value = t.metric === 'units' ? sales.units : sales.gmvFen
  if (t.atLeast <= 0) return 100
  return Math.max(0, Math.min(100, Math.round((value / t.atLeast) * 100)))
}

/** The caller's part of the split as a percentage with no decimals, or null with no weight yet. */
export function weightShare(weight: number, totalWeight: number): string | null {
  if (weight <= 0 || totalWeight <= 0) return null
  const pct = (weight / totalWeight) * 100
  return pct < 1 ? '<1%' : `${Math.round(pct)}%`
}
