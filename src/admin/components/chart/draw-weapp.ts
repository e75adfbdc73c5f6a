import uCharts from '@qiun/ucharts'
import Taro from '@tarojs/taro'
import type { ChartSpec } from '@/admin/dashboard-charts'
import { chartOptions } from './chart-options'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CanvasNode = any

function findCanvas(id: string): Promise<{ node: CanvasNode; width: number; height: number } | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select('#' + id)
      .fields({ node: true, size: true })
      .exec((res) => resolve(res?.[0]?.node ? res[0] : null))
  })
}

/** weapp: draws on the page's `<Canvas type='2d' id={id}>` (found once it is laid out); nothing to show besides it. */
export async function drawChart(spec: ChartSpec, id: string): Promise<string> {
  let found = await findCanvas(id)
  for (let attempt = 0; !found && attempt < 10; attempt += 1) {
    await new Promise((r) => setTimeout(r, 50))
    found = await findCanvas(id)
  }
  if (!found) throw new Error('chart canvas not found')
  const pixelRatio = Taro.getWindowInfo?.().pixelRatio ?? 2
  const { node, width, height } = found
  node.width = width * pixelRatio
  node.height = height * pixelRatio
  new uCharts(chartOptions(spec, { context: node.getContext('2d'), width, height, pixelRatio }))
  return ''
}
