import { Image, Text, View } from '@tarojs/components'
import { CodeEntry, VerifyDone, VerifyFound } from '@/partner/components/code-verify'
import { imageSrc } from '@/services/images'
import type { usePickupVerify } from './use-pickup-verify'

/** 扫码核销 (WeChat) or the 6-digit code; then the order to check, 确认交付, and a clear success. */
export function VerifyPanel({ v }: { v: ReturnType<typeof usePickupVerify> }) {
  const { state } = v
  if (state.step === 'done') {
    const o = state.done
    return <VerifyDone title='交付成功' note={`${o.title} × ${o.quantity} 已交给 ${o.buyerNickname || '买家'}，订单已完成`} onNext={v.restart} />
  }
  if (state.step === 'found') {
    const o = state.found
    return (
      <VerifyFound heading='核对取货人' busy={v.busy} error={v.error} confirmText='确认交付' busyText='交付中…' onBack={v.restart} onConfirm={v.confirm}>
        <View className='pickup-order' data-order-id={o.orderId}>
          {o.image ? <Image className='pickup-order__image' src={imageSrc(o.image)} mode='aspectFill' /> : null}
          <View className='pickup-order__body'>
            <Text className='pickup-order__title'>{o.title}</Text>
            <Text className='pickup-order__quantity'>× {o.quantity} 份</Text>
            <Text className='pickup-order__meta'>自提点：{o.pointName}</Text>
          </View>
        </View>
        <View className='pickup-order__buyer'>
          <Text className='pickup-order__buyer-name'>{o.buyerNickname || '微信用户'}</Text>
          <Text className='pickup-order__phone'>手机尾号 {o.phoneTail}</Text>
        </View>
      </VerifyFound>
    )
  }
  return (
    <CodeEntry heading='核销取货码' what='取货二维码' placeholder='6 位取货码' text={v.text} busy={v.busy} error={v.error} onType={v.type} onLookup={v.lookup} />
  )
}
