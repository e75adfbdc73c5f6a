import type { DistributorSummary } from '@shared/api'
import { formatDate, formatYuan } from './format'

/**
 * When frozen commission unfreezes, one line per day, soonest first:
 * "¥4.48 将于 11月29日 解冻". Amounts unfreezing on the same day are added up.
 */
export function unfreezeLines(unfreezing: DistributorSummary['unfreezing'], max = 2, now: number = Date.now()): string[] {
  const byDay = new Map<string, number>()
  const sorted = [...unfreezing].sort((a, b) => Date.parse(a.unfreezeAt) - Date.parse(b.unfreezeAt))
  for (const { amountFen, unfreezeAt } of sorted) {
    const day = formatDate(unfreezeAt, now)
    if (!day) continue
    byDay.set(day, (byDay.get(day) ?? 0) + amountFen)
  }
  return [...byDay.entries()].slice(0, max).map(([day, fen]) => `${formatYuan(fen)} 将于 ${day} 解冻`)
}
