import { Text, View } from '@tarojs/components'
import { QrCode } from '@/components/qr-code'
import { spacedCode } from '@/utils/order-delivery'
import './code-face.scss'

export interface CodeFaceProps {
  /** The QR payload (the code's unguessable token). */
  token: string
  /** The 6 digits to read out or type. */
  code: string
  /** 取货码 / 券码 / 入场票码 */
  label: string
  size?: number
  /** Once it no longer works (已取货, 已失效): faded, with the stamp over the QR code. */
  stamp?: string | null
}

/**
 * What a member shows staff for any verification code (a pickup code, a partner's
 * voucher, an event ticket): the QR code to scan and the 6 digits to type.
 */
export function CodeFace({ token, code, label, size = 400, stamp = null }: CodeFaceProps) {
  return (
    <View className={`code-face ${stamp ? 'code-face--stamped' : ''}`}>
      <View className='code-face__qr-box'>
        <QrCode text={token} size={size} className='code-face__qr' />
        {stamp ? <Text className='code-face__stamp'>{stamp}</Text> : null}
      </View>
      <Text className='code-face__label'>{label}</Text>
      <Text className='code-face__digits' data-code={code}>
        {spacedCode(code)}
      </Text>
    </View>
  )
}
