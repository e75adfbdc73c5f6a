import uCharts from '@qiun/ucharts'
import type { ChartSpec } from '@/admin/dashboard-charts'
import { chartOptions } from './chart-options'

/** h5: draws the chart on an HTML canvas the size of its box; a PNG data URL to show. */
export async function drawChart(spec: ChartSpec, _id: string, size: { width: number; height: number }): Promise<string> {
  const pixelRatio = Math.min(3, Math.max(1, Math.round(window.devicePixelRatio || 2)))
  const canvas = document.createElement('canvas')
  canvas.width = size.width * pixelRatio
  canvas.height = size.height * pixelRatio
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2d canvas')
  new uCharts(chartOptions(spec, { context, ...size, pixelRatio }))
  return canvas.toDataURL('image/png')
}
