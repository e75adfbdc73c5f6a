import { Button, Text, View } from '@tarojs/components'
import type { SandboxPayment } from '@/services/pay-sheet-bus'
import { BRAND } from '@/constants/brand'
import { formatYuan } from '@/utils/format'
import './pay-sheet.scss'

export interface PaySheetProps {
  payment: SandboxPayment
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** h5 only: the local cloud's stand-in for WeChat Pay's sheet. Nothing is charged. */
export function PaySheet({ payment, busy, onConfirm, onCancel }: PaySheetProps) {
  return (
    <View className='pay-sheet' data-order-id={payment.orderId}>
      <View className='pay-sheet__mask' onClick={busy ? undefined : onCancel} />
      <View className='pay-sheet__panel'>
        <View className='pay-sheet__head'>
          <Text className='pay-sheet__close' onClick={busy ? undefined : onCancel}>
            ×
          </Text>
          <Text className='pay-sheet__heading'>支付</Text>
        </View>
        <Text className='pay-sheet__merchant'>{BRAND.name}</Text>
        <Text className='pay-sheet__amount'>{formatYuan(payment.amountFen)}</Text>
        <View className='pay-sheet__rows'>
          <Row label='商品' value={payment.description} />
          <Row label='收款方' value={BRAND.name} />
          <Row label='支付方式' value='本地沙箱' />
        </View>
        <Button className='pay-sheet__confirm' disabled={busy || undefined} onClick={onConfirm}>
          {busy ? '支付中…' : '确认支付'}
        </Button>
        <Text className={`pay-sheet__cancel ${busy ? 'pay-sheet__cancel--off' : ''}`} onClick={busy ? undefined : onCancel}>
          取消
        </Text>
        <Text className='pay-sheet__note'>本地沙箱支付，不会真实扣款</Text>
      </View>
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='pay-sheet__row'>
      <Text className='pay-sheet__row-label'>{label}</Text>
      <Text className='pay-sheet__row-value'>{value}</Text>
    </View>
  )
}
