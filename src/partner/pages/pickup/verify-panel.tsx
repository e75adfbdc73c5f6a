import { Button, Image, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { imageSrc } from '@/services/images'
import type { usePickupVerify } from './use-pickup-verify'

const canScan = process.env.TARO_ENV === 'weapp'

/** 扫码核销 (WeChat) or the 6-digit code; then the order to check, 确认交付, and a clear success. */
export function VerifyPanel({ v }: { v: ReturnType<typeof usePickupVerify> }) {
  const { state } = v
  if (state.step === 'done') {
    return (
      <View className='pickup-verify pickup-verify__done'>
        <View className='pickup-verify__tick'>✓</View>
        <Text className='pickup-verify__done-title'>交付成功</Text>
        <Text className='pickup-verify__done-note'>
          {state.order.title} × {state.order.quantity} 已交给 {state.order.buyerNickname || '买家'}，订单已完成
        </Text>
        <Button className='pickup-verify__next' onClick={v.restart}>
          继续核销
        </Button>
      </View>
    )
  }
  if (state.step === 'found') {
    const o = state.order
    return (
      <View className='pickup-verify pickup-verify--found'>
        <Text className='pickup-verify__heading'>核对取货人</Text>
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
        {v.error ? <Text className='pickup-verify__error'>{v.error}</Text> : null}
        <View className='pickup-verify__actions'>
          <Button className='pickup-verify__back' disabled={v.busy || undefined} onClick={v.restart}>
            返回
          </Button>
          <Button className='pickup-verify__confirm' disabled={v.busy || undefined} onClick={v.confirm}>
            {v.busy ? '交付中…' : '确认交付'}
          </Button>
        </View>
      </View>
    )
  }
  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      v.lookup(res.result)
    } catch {
      // Cancelled: nothing to do.
    }
  }
  return (
    <View className='pickup-verify'>
      <Text className='pickup-verify__heading'>核销取货码</Text>
      {canScan ? (
        <Button className='pickup-verify__scan' disabled={v.busy || undefined} onClick={scan}>
          扫码核销
        </Button>
      ) : (
        <Text className='pickup-verify__tip'>在微信里可直接扫买家的取货二维码；这里请输入买家出示的 6 位取货码</Text>
      )}
      <View className='pickup-verify__row'>
        <Input
          className='pickup-verify__code'
          type='number'
          maxlength={6}
          value={v.text}
          placeholder='6 位取货码'
          placeholderClass='pickup-verify__placeholder'
          onInput={(e) => v.type(e.detail.value)}
          onConfirm={() => v.lookup()}
        />
        <Button className='pickup-verify__lookup' disabled={v.busy || undefined} onClick={() => v.lookup()}>
          {v.busy ? '查询中…' : '查询'}
        </Button>
      </View>
      {v.error ? <Text className='pickup-verify__error'>{v.error}</Text> : null}
    </View>
  )
}
