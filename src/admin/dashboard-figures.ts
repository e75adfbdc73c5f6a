import type { MetricSeries, MetricUnit } from '@shared/api'
import { formatYuan } from '@/utils/format'

// 数据看板: how each figure reads on a card. Values come from the analytics function as
// records made them (fen, counts, ratios 0..1, minutes, days); only the text is made here.

const DASH = '—'

/** 12345 -> "12,345". */
export function groupDigits(n: number): string {
  const sign = n < 0 ? '-' : ''
  const [whole, frac] = String(Math.abs(n)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac ? `${sign}${grouped}.${frac}` : `${sign}${grouped}`
}

/** A ratio 0..1 as a percentage with at most one decimal: 0.125 -> "12.5%", 1 -> "100%". */
export function percentText(ratio: number): string {
  const tenths = Math.round(ratio * 1000)
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`
}

/** One decimal, none when whole: 3.25 -> "3.3", 4 -> "4". */
function oneDecimal(n: number): string {
  const tenths = Math.round(n * 10)
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)
}

/** A figure as the card shows it; "—" when there is nothing to divide by. */
export function figureText(value: number | null, unit: MetricUnit): string {
  if (value === null || !Number.isFinite(value)) return DASH
  switch (unit) {
    case 'fen':
      return formatYuan(Math.round(value))
    case 'ratio':
      return percentText(value)
    case 'minutes':
      return value >= 120 ? `${oneDecimal(value / 60)}小时` : `${Math.round(value)}分钟`
    case 'days':
      return `${oneDecimal(value)}天`
    default:
      return Number.isInteger(value) ? groupDigits(value) : groupDigits(Number(oneDecimal(value)))
  }
}

/** Figures where a rise is bad news (shown red when they go up). */
const LOWER_IS_BETTER = new Set(['refundRate', 'refundFen', 'refunds', 'groupsFailed', 'medianFillMinutes', 'daysToLaunch'])

export type ChangeTone = 'good' | 'bad' | 'flat'

/** The change against the previous period: "▲12.5%" green when it is good news, red when not. */
export function changeOf(metric: Pick<MetricSeries, 'key' | 'change'>): { text: string; tone: ChangeTone } {
  const { change } = metric
  if (change === null || !Number.isFinite(change)) return { text: DASH, tone: 'flat' }
  if (Math.abs(change) < 0.0005) return { text: '持平', tone: 'flat' }
  const up = change > 0
  const good = LOWER_IS_BETTER.has(metric.key) ? !up : up
  return { text: `${up ? '▲' : '▼'}${percentText(Math.abs(change))}`, tone: good ? 'good' : 'bad' }
}

/** A value as a chart plots it: fen in yuan, ratios in percent, the rest as they are. */
export function chartValue(value: number | null, unit: MetricUnit): number {
  if (value === null || !Number.isFinite(value)) return 0
  if (unit === 'fen') return Math.round(value) / 100
  if (unit === 'ratio') return Math.round(value * 1000) / 10
  return value
}

/** The axis unit under a chart's title. */
export function chartUnit(unit: MetricUnit): string {
  return { fen: '元', ratio: '%', minutes: '分钟', days: '天', count: '' }[unit]
}
