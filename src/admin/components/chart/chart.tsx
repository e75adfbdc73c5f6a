import { Canvas, Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { ChartSpec } from '@/admin/dashboard-charts'
import './chart.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

// Each platform draws its own way; the constant condition keeps the other one out of the bundle.
const renderer: { drawChart(spec: ChartSpec, id: string, size: { width: number; height: number }): Promise<string> } =
  process.env.TARO_ENV === 'h5' ? require('./draw-h5') : require('./draw-weapp')

/** CSS pixels of the drawing on h5 (weapp measures its canvas): a phone's card width. */
const H5_SIZE = { width: 330, height: 180 }

export interface ChartProps {
  /** Unique on the page (the weapp canvas id). */
  id: string
  spec: ChartSpec
}

/** One uCharts chart with its title and unit; on h5 drawn to a picture, on weapp on a 2d canvas. */
export function Chart({ id, spec }: ChartProps) {
  const [src, setSrc] = useState('')
  const [failed, setFailed] = useState(false)
  const signature = JSON.stringify(spec)
  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      renderer
        .drawChart(spec, id, H5_SIZE)
        .then((url) => live && (setSrc(url), setFailed(false)))
        .catch(() => live && setFailed(true))
    }, 0)
    return () => {
      live = false
      clearTimeout(timer)
    }
    // Redrawn when what it shows changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, id])
  return (
    <View className='chart' data-chart={spec.kind}>
      <View className='chart__head'>
        <Text className='chart__title'>{spec.title}</Text>
        {spec.unit ? <Text className='chart__unit'>单位：{spec.unit}</Text> : null}
      </View>
      {IS_H5 ? (
        src ? <Image className='chart__canvas' src={src} mode='scaleToFill' /> : <View className='chart__canvas' />
      ) : (
        <Canvas type='2d' id={id} className='chart__canvas' />
      )}
      {failed ? <Text className='chart__failed'>图表绘制失败，数字见上方卡片</Text> : null}
    </View>
  )
}
