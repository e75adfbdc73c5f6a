import type { DashboardSection, MetricSeries, PeriodView } from '@shared/api'
import { funnelChart, isQuiet, sectionChart } from '@/admin/dashboard-charts'
import { changeOf, chartValue, figureText, groupDigits } from '@/admin/dashboard-figures'
import { headlineText, rangeOf, rangeText, shanghaiDay } from '@/admin/dashboard-range'

const metric = (over: Partial<MetricSeries>): MetricSeries => ({
  key: 'gmv',
  label: '成交额',
  unit: 'fen',
  definition: '已支付金额减去已退款金额',
  values: [1000, 2000],
  current: 2000,
  previous: 1000,
  change: 1,
  ...over,
})

const periods: PeriodView[] = [
  { key: '2026-12-01', label: '12/1', from: '2026-12-01', to: '2026-12-01', partial: false },
  { key: '2026-12-02', label: '12/2', from: '2026-12-02', to: '2026-12-02', partial: true },
]

describe('数据看板 figures read as a brand operator expects', () => {
  it.each([
    [1234567, 'fen', '¥12345.67'],
    [0.125, 'ratio', '12.5%'],
    [1, 'ratio', '100%'],
    [0.3333, 'ratio', '33.3%'],
    [42.4, 'minutes', '42分钟'],
    [150, 'minutes', '2.5小时'],
    [12.25, 'days', '12.3天'],
    [12345, 'count', '12,345'],
    [3.14159, 'count', '3.1'],
    [null, 'ratio', '—'],
  ] as const)('%p %s reads %s', (value, unit, text) => {
    expect(figureText(value, unit)).toBe(text)
  })

  it('groups thousands of negative and fractional numbers', () => {
    expect(groupDigits(-1234567.5)).toBe('-1,234,567.5')
  })

  it('a rise is green, a fall red, except where lower is better', () => {
    expect(changeOf({ key: 'gmv', change: 0.2 })).toEqual({ text: '▲20%', tone: 'good' })
    expect(changeOf({ key: 'gmv', change: -0.125 })).toEqual({ text: '▼12.5%', tone: 'bad' })
    expect(changeOf({ key: 'refundRate', change: 0.5 })).toEqual({ text: '▲50%', tone: 'bad' })
    expect(changeOf({ key: 'refundRate', change: -0.5 }).tone).toBe('good')
    expect(changeOf({ key: 'gmv', change: null })).toEqual({ text: '—', tone: 'flat' })
    expect(changeOf({ key: 'gmv', change: 0 })).toEqual({ text: '持平', tone: 'flat' })
  })

  it('charts money in yuan and ratios in percent', () => {
    expect(chartValue(12345, 'fen')).toBe(123.45)
    expect(chartValue(0.256, 'ratio')).toBe(25.6)
    expect(chartValue(null, 'count')).toBe(0)
  })
})

describe('数据看板 charts', () => {
  it('sales draws GMV as a line in yuan over the periods', () => {
    const section: DashboardSection = { key: 'sales', title: '销售', metrics: [metric({ key: 'orders', unit: 'count', values: [1, 2] }), metric({})] }
    expect(sectionChart(section, periods)).toEqual({
      kind: 'line',
      title: '成交额',
      unit: '元',
      categories: ['12/1', '12/2'],
      series: [{ name: '成交额', data: [10, 20], color: '#2f6b3f' }],
      stacked: false,
    })
  })

  it('groups stack succeeded and failed columns', () => {
    const section: DashboardSection = {
      key: 'groups',
      title: '拼团',
      metrics: [
        metric({ key: 'groupsSucceeded', label: '成团', unit: 'count', values: [3, 4] }),
        metric({ key: 'groupsFailed', label: '未成团', unit: 'count', values: [1, 0] }),
      ],
    }
    const chart = sectionChart(section, periods)
    expect(chart?.kind).toBe('column')
    expect(chart?.stacked).toBe(true)
    expect(chart?.series.map((s) => s.data)).toEqual([[3, 4], [1, 0]])
  })

  it('an unknown section falls back to its first figure with values', () => {
    const section: DashboardSection = {
      key: 'tiers',
      title: '会员等级',
      metrics: [metric({ key: 'x', unit: 'count', values: [0, 0] }), metric({ key: 'members', label: '会员', unit: 'count', values: [5, 6] })],
    }
    expect(sectionChart(section, periods)?.series[0].name).toBe('会员')
    expect(sectionChart({ key: 'tiers', title: '会员等级', metrics: [] }, periods)).toBeNull()
  })

  it('the funnel is shares, visits, bindings, orders', () => {
    const row = { code: '', name: '合计', shares: 40, visits: 20, bindings: 5, orders: 3, gmvFen: 0, commissionFen: 0, newCustomers: 1, visitRate: 0.5, bindRate: 0.25, orderRate: 0.6 }
    expect(funnelChart(row).series[0].data).toEqual([40, 20, 5, 3])
  })

  it('a range with nothing but zeros and nulls is quiet', () => {
    expect(isQuiet([{ key: 'sales', title: '销售', metrics: [metric({ values: [0, null] })] }])).toBe(true)
    expect(isQuiet([{ key: 'sales', title: '销售', metrics: [metric({})] }])).toBe(false)
  })
})

describe('数据看板 range', () => {
  // 2026-12-01 23:59 and 2026-12-02 00:01 in Shanghai.
  const lateEvening = Date.UTC(2026, 11, 1, 15, 59)
  const pastMidnight = Date.UTC(2026, 11, 1, 16, 1)

  it('today is the Asia/Shanghai day', () => {
    expect(shanghaiDay(lateEvening)).toBe('2026-12-01')
    expect(shanghaiDay(pastMidnight)).toBe('2026-12-02')
  })

  it('近7天 is the last seven days including today, across a month', () => {
    expect(rangeOf(7, pastMidnight)).toEqual({ from: '2026-11-26', to: '2026-12-02' })
    expect(rangeOf(90, pastMidnight).from).toBe('2026-09-04')
    expect(rangeText('2026-11-26', '2026-12-02')).toBe('11/26 – 12/2')
  })

  it('says which period the cards show, still moving or not, against which', () => {
    expect(headlineText(periods)).toBe('卡片：12/2（进行中） · 较 12/1')
    expect(headlineText(periods.slice(0, 1).map((p) => ({ ...p, partial: false })))).toBe('卡片：12/1')
  })
})
