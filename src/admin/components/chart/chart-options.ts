import type { ChartSpec } from '@/admin/dashboard-charts'

// uCharts' options for one of 数据看板's charts, in the brand's quiet style: no animation,
// dashed grid, few axis labels, values on the columns of a funnel.

const MUTED = '#948e7f'
const LINE = '#ebe4d3'

export interface ChartCanvas {
  /** A 2d context (weapp's canvas node or an HTML canvas). */
  context: unknown
  /** CSS pixels. */
  width: number
  height: number
  pixelRatio: number
}

export function chartOptions(spec: ChartSpec, canvas: ChartCanvas): Record<string, unknown> {
  const pix = canvas.pixelRatio
  const many = spec.categories.length > 8
  return {
    type: spec.kind === 'funnel' ? 'column' : spec.kind,
    context: canvas.context,
    width: canvas.width * pix,
    height: canvas.height * pix,
    pixelRatio: pix,
    canvas2d: true,
    animation: false,
    background: '#fffdf8',
    fontSize: 11,
    fontColor: MUTED,
    padding: [12, 12, 4, 4],
    color: spec.series.map((s) => s.color),
    categories: spec.categories,
    series: spec.series.map((s) => ({ name: s.name, data: s.data, color: s.color })),
    dataLabel: spec.kind === 'funnel' || !many,
    dataPointShape: !many,
    legend: { show: spec.series.length > 1, position: 'top', float: 'right', fontSize: 11, fontColor: MUTED, lineHeight: 14 },
    xAxis: spec.kind === 'funnel'
      ? { disableGrid: true, axisLineColor: LINE, fontColor: '#5d594f', fontSize: 12 }
      : { disableGrid: true, axisLineColor: LINE, fontColor: MUTED, fontSize: 10, labelCount: many ? 5 : undefined },
    yAxis: spec.kind === 'funnel'
      ? { disabled: true, disableGrid: true, data: [{ min: 0 }] }
      : { gridType: 'dash', dashLength: 3, gridColor: LINE, splitNumber: 4, data: [{ min: 0, fontColor: MUTED, fontSize: 10, axisLine: false }] },
    extra: {
      line: { type: 'curve', width: 2, activeType: 'none' },
      column: { type: spec.stacked ? 'stack' : 'group', width: spec.kind === 'funnel' ? 36 : many ? 6 : 14, seriesGap: 2, barBorderRadius: [4, 4, 0, 0] },
      tooltip: { showBox: false },
    },
  }
}
