import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import { qrRuns } from '@/utils/qr-matrix'
import './qr-code.scss'

export interface QrCodeProps {
  text: string
  /** Width and height in design units (750 wide). */
  size?: number
  className?: string
}

/**
 * A QR code drawn with views (no canvas), so it looks the same in WeChat and in the
 * browser; each row is drawn as runs of light and dark modules, to keep the views few.
 */
export function QrCode({ text, size = 400, className = '' }: QrCodeProps) {
  const { modules, rows } = useMemo(() => qrRuns(text), [text])
  const unit = 100 / modules
  const side = Taro.pxTransform(size)
  return (
    <View className={`qr-code ${className}`} style={{ width: side, height: side }} data-text={text}>
      {rows.map((runs, r) => (
        <View key={r} className='qr-code__row' style={{ height: `${unit}%` }}>
          {runs.map((run, i) => (
            <View key={i} className={run.dark ? 'qr-code__run qr-code__run--dark' : 'qr-code__run'} style={{ width: `${run.length * unit}%` }} />
          ))}
        </View>
      ))}
    </View>
  )
}
