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
  const chart = new uCharts(chartOptions(spec, { context, ...size, pixelRatio }))
  // uCharts draws in a timer: the picture is taken once it says it is done.
  return new Promise((resolve, reject) => {
    const late = setTimeout(() => reject(new Error('chart not drawn')), 5000)
    chart.addEventListener('renderComplete', () => {
      clearTimeout(late)
      resolve(canvas.toDataURL('image/png'))
    })
  })
}
