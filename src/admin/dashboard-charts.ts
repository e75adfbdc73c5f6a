import type { DashboardSection, LeaderFunnelRow, MetricSeries, MetricUnit, PeriodView } from '@shared/api'
import { chartUnit, chartValue } from './dashboard-figures'

// Which figures each section of 数据看板 draws, and how: one chart per section, read at a
// glance (a line for money and rates over time, columns for counts and for the funnel).

/** `funnel`: one series of steps drawn as columns with their values on top. */
export type ChartKind = 'line' | 'column' | 'funnel'

export interface ChartSeries {
  name: string
  data: number[]
  color: string
}

export interface ChartSpec {
  kind: ChartKind
  title: string
  unit: string
  categories: string[]
  series: ChartSeries[]
  stacked?: boolean
}

/** The brand's colours in the order series take them (green, amber, berry, soft green). */
export const CHART_COLORS = ['#2f6b3f', '#b97a1f', '#d9534f', '#7fa872', '#948e7f']

/** Per section, the metric keys drawn together (the first present ones win). */
const PREFERRED: Record<string, { keys: string[]; kind: ChartKind; stacked?: boolean }> = {
  sales: { keys: ['gmv'], kind: 'line' },
  groups: { keys: ['groupsSucceeded', 'groupsFailed'], kind: 'column', stacked: true },
  leaders: { keys: ['shares', 'visits', 'bindings', 'leaderOrders'], kind: 'column' },
  community: { keys: ['interactionsPerMember'], kind: 'line' },
  cocreation: { keys: ['coCreatedGmv', 'otherGmv'], kind: 'column', stacked: true },
  partners: { keys: ['vouchersIssued', 'vouchersRedeemed'], kind: 'column' },
  tiers: { keys: ['promotions'], kind: 'column' },
}

const hasValues = (m: MetricSeries) => m.values.some((v) => v !== null && v !== 0)

function pick(section: DashboardSection): { metrics: MetricSeries[]; kind: ChartKind; stacked?: boolean } {
  const pref = PREFERRED[section.key]
  const wanted = pref ? pref.keys.map((k) => section.metrics.find((m) => m.key === k)).filter((m): m is MetricSeries => !!m) : []
  // Series drawn together share one axis: keep those in the first one's unit.
  const sameUnit = wanted.filter((m) => m.unit === wanted[0]?.unit)
  if (sameUnit.length && sameUnit.some(hasValues)) return { metrics: sameUnit, kind: pref.kind, stacked: pref.stacked }
  const fallback = section.metrics.find(hasValues) ?? section.metrics[0]
  return { metrics: fallback ? [fallback] : [], kind: fallback?.unit === 'count' ? 'column' : 'line' }
}

/** The chart of a section over the periods shown; null when the section has no figure. */
export function sectionChart(section: DashboardSection, periods: PeriodView[]): ChartSpec | null {
  const { metrics, kind, stacked } = pick(section)
  if (!metrics.length) return null
  const unit: MetricUnit = metrics[0].unit
  return {
    kind,
    title: metrics.map((m) => m.label).join(' · '),
    unit: chartUnit(unit),
    categories: periods.map((p) => p.label),
    series: metrics.map((m, i) => ({ name: m.label, data: m.values.map((v) => chartValue(v, unit)), color: CHART_COLORS[i % CHART_COLORS.length] })),
    stacked: !!stacked && metrics.length > 1,
  }
}

/** The distribution funnel as falling columns: shares → visits → bindings → orders over the whole range. */
export function funnelChart(total: LeaderFunnelRow): ChartSpec {
  return {
    kind: 'funnel',
    title: '分销漏斗',
    unit: '',
    categories: ['分享', '到访', '绑定', '下单'],
    series: [{ name: '合计', data: [total.shares, total.visits, total.bindings, total.orders], color: CHART_COLORS[0] }],
  }
}

/** True when every figure of every section is zero or empty: the range has no activity yet. */
export function isQuiet(sections: DashboardSection[]): boolean {
  return !sections.some((s) => s.metrics.some(hasValues))
}
