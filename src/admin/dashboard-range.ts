import type { Granularity } from '@shared/api'
import { shanghaiParts } from '@shared/domain/calendar'

// 数据看板's range: the last 7, 30 or 90 Asia/Shanghai days (today included), read per
// day, week or month.

export type RangeDays = 7 | 30 | 90

export const RANGE_OPTIONS: { value: RangeDays; label: string }[] = [
  { value: 7, label: '近7天' },
  { value: 30, label: '近30天' },
  { value: 90, label: '近90天' },
]

export const GRANULARITY_OPTIONS: { value: Granularity; label: string }[] = [
  { value: 'day', label: '按日' },
  { value: 'week', label: '按周' },
  { value: 'month', label: '按月' },
]

/** What a range reads best by when first chosen: days for a week or a month, weeks for a quarter. */
export function defaultGranularity(days: RangeDays): Granularity {
  return days === 90 ? 'week' : 'day'
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** The Shanghai day `offset` days from the day of `now`, as YYYY-MM-DD. */
export function shanghaiDay(now: number, offset = 0): string {
  const p = shanghaiParts(new Date(now))
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + offset))
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

/** The last `days` Shanghai days up to and including today. */
export function rangeOf(days: RangeDays, now: number): { from: string; to: string } {
  return { from: shanghaiDay(now, 1 - days), to: shanghaiDay(now) }
}

/** "11/3 – 12/2" for the range line under the picker. */
export function rangeText(from: string, to: string): string {
  const short = (day: string) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`
  return `${short(from)} – ${short(to)}`
}

/** Which period the cards show and what they are compared with: "卡片：12/2（进行中）· 较 12/1". */
export function headlineText(periods: { label: string; partial: boolean }[]): string {
  const last = periods[periods.length - 1]
  if (!last) return ''
  const prev = periods[periods.length - 2]
  return `卡片：${last.label}${last.partial ? '（进行中）' : ''}${prev ? ` · 较 ${prev.label}` : ''}`
}
