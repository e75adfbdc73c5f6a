import type { DashboardInput, DashboardOutput, DashboardSection, LeaderFunnelOutput, LeaderFunnelRow, MetricSeries } from '@shared/api'
import {
  addDays,
  addLeader,
  change,
  computeFigures,
  dayOf,
  dayStart,
  daysBetween,
  EMPTY_LEADER,
  METRICS,
  periodOf,
  periodsBetween,
  ratio,
  SECTION_TITLES,
  type DashboardSectionKey,
  type Period,
  type PeriodRecords,
  type RawOrder,
} from '@shared/domain/analytics'

/**
 * 数据看板's answers for a test that stubs the analytics function: a few weeks of plausible,
 * day-to-day varying records (orders, refunds, groups, shares, visits, bindings, commissions,
 * interactions), made into figures by the real domain code (computeFigures, METRICS, periods).
 */

const LEADERS: Record<string, string> = { LEAD1: '团长小满', LEAD2: '团长阿禾' }
const PRICES = [1990, 2990, 3990, 5990]

/** Day number (stable across runs for the same day) to vary the records by. */
const dayNumber = (day: string) => Math.round(dayStart(day).getTime() / 86_400_000)

/** The raw records of one Asia/Shanghai day. */
export function dayRecords(day: string): PeriodRecords {
  const n = dayNumber(day)
  const at = (hour: number) => new Date(dayStart(day).getTime() + hour * 3_600_000)
  const orders: RawOrder[] = Array.from({ length: 3 + ((n * 7) % 6) }, (_, j) => ({
    _id: `o-${day}-${j}`,
    openid: `m-${(n + j) % 11}`,
    dealId: j % 2 ? 'oat-crisps' : 'morning-bowl',
    amountFen: PRICES[(n + j) % PRICES.length],
    paidAt: at(9 + j),
    effectiveAt: at(10 + j),
    status: 'effective',
    distributorCode: j % 3 === 0 ? 'LEAD1' : j % 3 === 1 ? 'LEAD2' : null,
  }))
  const leaderOrders = orders.filter((o) => o.distributorCode)
  return {
    orders,
    refunds: n % 4 === 0 ? [{ orderId: orders[0]._id, amountFen: orders[0].amountFen, at: at(20), dealId: orders[0].dealId, code: orders[0].distributorCode }] : [],
    groupsOpened: Array.from({ length: 2 + (n % 3) }, (_, j) => ({ dealId: j % 2 ? 'oat-crisps' : 'morning-bowl', status: 'open', openedAt: at(8 + j), closedAt: null })),
    groupsClosed: Array.from({ length: 1 + (n % 2) + (n % 3 === 0 ? 1 : 0) }, (_, j) => ({
      dealId: 'morning-bowl',
      status: j === 0 || n % 3 !== 0 ? 'succeeded' : 'failed',
      openedAt: at(1 + j),
      closedAt: at(3 + j + (n % 5)),
    })),
    bindings: Array.from({ length: 1 + (n % 3) }, (_, j) => ({ code: j % 2 ? 'LEAD2' : 'LEAD1' })),
    commissions: leaderOrders.map((o) => ({ code: o.distributorCode as string, amountFen: Math.floor((o.amountFen * 1500) / 10_000) })),
    events: [
      ...Array.from({ length: 5 + (n % 4) }, (_, j) => ({ kind: j % 3 ? 'share_card' : 'share_poster', code: j % 2 ? 'LEAD2' : 'LEAD1' })),
      ...Array.from({ length: 3 + (n % 3) }, (_, j) => ({ kind: 'visit', code: j % 2 ? 'LEAD2' : 'LEAD1' })),
    ],
    interactions: Array.from({ length: 8 + ((n * 3) % 7) }, (_, j) => ({ openid: `m-${j % (3 + (n % 3))}`, kind: (['checkin', 'like', 'post', 'vote', 'comment'] as const)[j % 5] })),
    postsFeatured: n % 5 === 0 ? 1 : 0,
    contestEntries: n % 6 === 0 ? 1 : 0,
    contributions: [],
    vouchersIssued: [],
    vouchersRedeemed: [],
    attendance: [],
    promotions: n % 7 === 0 ? 1 : 0,
    coCreatedDeals: new Set(),
    priorBuyers: new Set(),
  }
}

/** The records of from..to (days after `today` have none). */
function rangeRecords(from: string, to: string, today: string): PeriodRecords {
  const all = dayRecords(from)
  for (let day = addDays(from, 1); day <= to && day <= today; day = addDays(day, 1)) {
    const r = dayRecords(day)
    for (const key of ['orders', 'refunds', 'groupsOpened', 'groupsClosed', 'bindings', 'commissions', 'events', 'interactions'] as const) {
      ;(all[key] as unknown[]).push(...r[key])
    }
    all.postsFeatured += r.postsFeatured
    all.contestEntries += r.contestEntries
    all.promotions += r.promotions
  }
  return all
}

const figuresOf = (p: Pick<Period, 'from' | 'to'>, today: string) => computeFigures(rangeRecords(p.from, p.to, today), daysBetween(p.from, p.to) + 1)

/** What analytics.dashboard answers for `input` on these records (today: the day of `now`). */
export function dashboardAnswer(input: DashboardInput, now = new Date()): DashboardOutput {
  const today = dayOf(now)
  const to = input.to > today ? today : input.to
  const shown = periodsBetween(input.from, to, input.granularity)
  const before = periodOf(addDays(shown[0].from, -1), input.granularity)
  const totals = shown.map((p) => figuresOf(p, today).total)
  const prev = shown.length > 1 ? totals[totals.length - 2] : figuresOf(before, today).total
  const series = METRICS.map((def): MetricSeries & { section: DashboardSectionKey } => {
    const values = totals.map((t) => def.value(t))
    const current = values[values.length - 1] ?? null
    const previous = def.value(prev)
    return { section: def.section, key: def.key, label: def.label, unit: def.unit, definition: def.definition, values, current, previous, change: change(current, previous) }
  })
  const sections: DashboardSection[] = (Object.keys(SECTION_TITLES) as DashboardSectionKey[]).map((key) => ({
    key,
    title: SECTION_TITLES[key],
    metrics: series.filter((m) => m.section === key).map(({ section: _section, ...m }) => m),
  }))
  return {
    from: input.from,
    to,
    granularity: input.granularity,
    periods: shown.map((p) => ({ key: p.key, label: p.label, from: p.from, to: p.to, partial: p.from <= today && today <= p.to })),
    sections,
    rolledUpAt: new Date(dayStart(today).getTime() + 60_000).toISOString(),
    todayAsOf: to === today ? now.toISOString() : null,
  }
}

const funnelRow = (code: string, name: string, f: typeof EMPTY_LEADER): LeaderFunnelRow => ({
  ...f,
  code,
  name,
  visitRate: ratio(f.visits, f.shares),
  bindRate: ratio(f.bindings, f.visits),
  orderRate: ratio(f.orders, f.bindings),
})

/** What analytics.leaderFunnel answers for from..to on these records: every leader on one page. */
export function leaderFunnelAnswer(input: { from: string; to: string }, now = new Date()): LeaderFunnelOutput {
  const leaders = figuresOf(input, dayOf(now)).leaders
  const rows = Object.entries(leaders)
    .map(([code, f]) => funnelRow(code, LEADERS[code] ?? code, f))
    .sort((a, b) => b.gmvFen - a.gmvFen)
  return { total: funnelRow('', '合计', Object.values(leaders).reduce(addLeader, EMPTY_LEADER)), rows }
}
