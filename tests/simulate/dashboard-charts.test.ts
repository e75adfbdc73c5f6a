/**
 * @jest-environment jsdom
 */
import type { DashboardInput, DashboardOutput, LeaderFunnelOutput } from '@shared/api'
import { CHART_COLORS } from '@/admin/dashboard-charts'
import { dashboardAnswer, leaderFunnelAnswer } from '../helpers/analytics-fixture'
import { canvasQuery, drawOps, paints, type Paint, type RecordedCanvas } from '../helpers/canvas-2d'
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'

// 数据看板 in the BUILT weapp: each chart finds its <canvas type="2d"> through
// createSelectorQuery, sizes it and has uCharts draw on its 2d context. The canvases are laid
// out a little differently each (by id), so a chart drawn at another canvas's size shows.
const layout = (id: string) => ({ width: 330 + (id.length % 5) * 4, height: 180 + id.length })
const { createSelectorQuery, canvases } = canvasQuery(layout)
/** What miniprogram-simulate's wx.getWindowInfo says. */
const PIXEL_RATIO = 3

let harness: WeappHarness
let board: DashboardOutput
let funnel: LeaderFunnelOutput

beforeAll(() => {
  harness = bootWeapp(
    ({ name, data }) => {
      if (name === 'analytics' && data.action === 'dashboard') return { ok: true, data: (board = dashboardAnswer(data as unknown as DashboardInput)) }
      if (name === 'analytics' && data.action === 'leaderFunnel') return { ok: true, data: (funnel = leaderFunnelAnswer(data as { from: string; to: string })) }
      return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
    },
    {},
    { createSelectorQuery },
  )
})

const values = (key: string) => board.sections.flatMap((s) => s.metrics).find((m) => m.key === key)!.values.map((v) => v ?? 0)
const num = (v: unknown) => v as number
/** A curve's points: where it starts and where each of its segments ends. */
function curvePoints(p: Paint): [number, number][] {
  const start = p.path.find((s) => s.op === 'moveTo')!
  const ends = p.path.filter((s) => s.op === 'bezierCurveTo').map((s): [number, number] => [num(s.args[4]), num(s.args[5])])
  return [[num(start.args[0]), num(start.args[1])], ...ends]
}
/** uCharts' off-canvas stroke (-10000, -10000) that starts a line's shadow: not part of the picture. */
const offCanvasTrick = (args: unknown[]) => num(args[0]) <= -10_000 && num(args[1]) <= -10_000

/** Canvas y of each value is a - b·value (b > 0: more is higher), within a pixel. */
function expectPlotted(ys: number[], data: number[]) {
  const lo = data.indexOf(Math.min(...data))
  const hi = data.indexOf(Math.max(...data))
  expect(data[hi]).toBeGreaterThan(data[lo])
  const perUnit = (ys[lo] - ys[hi]) / (data[hi] - data[lo])
  expect(perUnit).toBeGreaterThan(0)
  ys.forEach((y, i) => expect(Math.abs(y - (ys[lo] - (data[i] - data[lo]) * perUnit))).toBeLessThan(1))
}

function drawn(id: string): RecordedCanvas {
  const canvas = canvases.get(id)
  if (!canvas) throw new Error(`${id} was never handed out as a canvas node`)
  return canvas
}

describe('数据看板 charts in the built weapp', () => {
  let ids: string[]
  let page: ReturnType<WeappHarness['renderPage']>

  beforeAll(async () => {
    page = harness.renderPage('admin/pages/dashboard/index')
    ids = await waitFor(() => {
      const found = page.querySelectorAll('.chart__canvas').map((c) => String((c as unknown as { _exparserNode: { id: string } })._exparserNode.id))
      expect(found.length).toBeGreaterThanOrEqual(5)
      return found
    }, 10_000)
    // uCharts draws in a timer once the canvas is found: wait until every one has drawn its labels.
    await waitFor(() => ids.forEach((id) => expect(drawOps(drawn(id).calls, 'fillText').length).toBeGreaterThan(3)), 10_000)
  }, 30_000)

  it('draws each chart (sales, groups, leaders, community, the funnel …) on its own 2d canvas, at that canvas\'s size', () => {
    expect(ids).toEqual(expect.arrayContaining(['dash-chart-sales', 'dash-chart-groups', 'dash-chart-leaders', 'dash-chart-community', 'dash-chart-funnel']))
    expect(new Set(ids).size).toBe(ids.length)
    expect([...canvases.keys()].sort()).toEqual([...ids].sort())
    expect(page.querySelectorAll('.chart__failed')).toHaveLength(0)
    for (const id of ids) {
      const { node, size, calls } = drawn(id)
      // The node is sized to the laid-out box in device pixels, and the chart drawn to that size.
      expect(size).toEqual(layout(id))
      expect({ width: node.width, height: node.height }).toEqual({ width: size.width * PIXEL_RATIO, height: size.height * PIXEL_RATIO })
      expect(drawOps(calls)[0]).toEqual({ op: 'clearRect', args: [0, 0, node.width, node.height] })
      // Real drawing, inside the canvas: paths stroked and filled, text written.
      const ops = drawOps(calls)
      expect(ops.filter((c) => c.op === 'stroke' || c.op === 'fill' || c.op === 'fillRect').length).toBeGreaterThan(4)
      for (const c of drawOps(calls, 'moveTo', 'lineTo', 'fillRect', 'arc', 'fillText', 'bezierCurveTo').filter((c) => !offCanvasTrick(c.args))) {
        const [x, y] = c.op === 'fillText' ? c.args.slice(1) : c.args
        expect(num(x)).toBeGreaterThanOrEqual(0)
        expect(num(x)).toBeLessThanOrEqual(node.width)
        expect(num(y)).toBeGreaterThanOrEqual(0)
        expect(num(y)).toBeLessThanOrEqual(node.height)
      }
    }
  })

  it('labels the x axis of every chart over time with the periods, in order', () => {
    const labels = board.periods.map((p) => p.label)
    expect(labels.length).toBe(30)
    for (const id of ids.filter((i) => i !== 'dash-chart-funnel')) {
      const texts = drawOps(drawn(id).calls, 'fillText').map((c) => String(c.args[0]))
      const axis = texts.filter((t) => labels.includes(t))
      // 30 days read as about five labels, the first day's first.
      expect(axis[0]).toBe(labels[0])
      expect(axis.length).toBeGreaterThanOrEqual(4)
      const at = axis.map((t) => labels.indexOf(t))
      expect(at).toEqual([...at].sort((a, b) => a - b))
    }
  })

  it('sales: GMV as a line, one point a day, each at its value', () => {
    const line = paints(drawn('dash-chart-sales').calls).find((p) => p.op === 'stroke' && p.style === CHART_COLORS[0] && p.path.some((s) => s.op === 'bezierCurveTo'))
    expect(line).toBeDefined()
    const pts = curvePoints(line!)
    expect(pts).toHaveLength(board.periods.length)
    const xs = pts.map(([x]) => x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect(xs[xs.length - 1] - xs[0]).toBeGreaterThan(drawn('dash-chart-sales').node.width * 0.7)
    expectPlotted(
      pts.map(([, y]) => y),
      values('gmv'),
    )
  })

  it('community: interactions per member as a line, one point a day, each at its value', () => {
    const line = paints(drawn('dash-chart-community').calls).find((p) => p.op === 'stroke' && p.style === CHART_COLORS[0] && p.path.some((s) => s.op === 'bezierCurveTo'))
    expect(line).toBeDefined()
    expectPlotted(
      curvePoints(line!).map(([, y]) => y),
      values('interactionsPerMember'),
    )
  })

  it('groups: succeeded and failed as stacked columns, a bar a day as tall as its count', () => {
    const bars = paints(drawn('dash-chart-groups').calls).filter((p) => p.op === 'fillRect')
    // A bar per day and series, all as wide (the legend's swatches are not).
    const width = bars[0].args[2]
    const series = (color: string) => bars.filter((b) => b.style === color && b.args[2] === width)
    const [succeeded, failed] = [series(CHART_COLORS[0]), series(CHART_COLORS[1])]
    expect(succeeded).toHaveLength(board.periods.length)
    expect(failed).toHaveLength(board.periods.length)
    const xs = succeeded.map((b) => num(b.args[0]))
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    // Heights in proportion to the counts, the failed stacked on the succeeded.
    const heights = (bs: Paint[]) => bs.map((b) => num(b.args[3]))
    expectPlotted(
      heights(succeeded).map((h) => -h),
      values('groupsSucceeded'),
    )
    const perGroup = num(succeeded[0].args[3]) / values('groupsSucceeded')[0]
    heights(failed).forEach((h, i) => expect(Math.abs(h - values('groupsFailed')[i] * perGroup)).toBeLessThan(1))
    failed.forEach((b, i) => expect(num(b.args[1]) + num(b.args[3])).toBeCloseTo(num(succeeded[i].args[1]), 0))
  })

  it('leaders: shares, visits, bindings and orders as columns side by side, each series in its colour', () => {
    const fills = paints(drawn('dash-chart-leaders').calls).filter((p) => p.op === 'fill' && p.path.some((s) => s.op === 'arc' || s.op === 'lineTo'))
    for (const color of CHART_COLORS.slice(0, 4)) {
      expect(fills.filter((f) => f.style === color).length).toBeGreaterThanOrEqual(board.periods.length)
    }
    const legend = drawOps(drawn('dash-chart-leaders').calls, 'fillText').map((c) => c.args[0])
    expect(legend).toEqual(expect.arrayContaining(['分享', '带码访问', '新绑定', '团长订单']))
  })

  it('the funnel: four falling columns, each step named and its total written on it', () => {
    const { calls } = drawn('dash-chart-funnel')
    const texts = drawOps(calls, 'fillText').map((c) => String(c.args[0]))
    expect(texts).toEqual(expect.arrayContaining(['分享', '到访', '绑定', '下单']))
    const total = funnel.total
    expect(texts).toEqual(expect.arrayContaining([total.shares, total.visits, total.bindings, total.orders].map(String)))
    const columns = paints(calls).filter((p) => p.op === 'fill' && p.style === CHART_COLORS[0])
    expect(columns).toHaveLength(4)
    // Taller for more: the top of each column (its highest point) follows the totals.
    const tops = columns.map((c) => Math.min(...c.path.flatMap((s) => (s.op === 'arc' ? [num(s.args[1]) - num(s.args[2])] : s.op === 'lineTo' || s.op === 'moveTo' ? [num(s.args[1])] : []))))
    expectPlotted(tops, [total.shares, total.visits, total.bindings, total.orders])
  })
})

