import { Text, View } from '@tarojs/components'
import type { OrderDeliveryView } from '@shared/api'
import { copyText } from '@/services/privacy-refusal'
import { addressLine, maskPhone } from '@/utils/address-form'
import { afterSaleText } from '@/utils/order-delivery'

const copy = (data: string) => copyText(data, '复制失败，请长按单号复制')

/** Where the goods go and how far they are: address and tracking, or the pickup point; and the after-sale. */
export function OrderDelivery({ delivery: d, hint }: { delivery: OrderDeliveryView; hint: string }) {
  return (
    <View className={`order-delivery order-delivery--${d.mode}`} data-stage={d.stage}>
      {d.mode === 'express' && d.address ? (
        <View className='order-delivery__row order-delivery__address'>
          <Text className='order-delivery__mode'>快递到家</Text>
          <View className='order-delivery__text'>
            <Text className='order-delivery__main'>
              {d.address.name} {maskPhone(d.address.phone)}
            </Text>
            <Text className='order-delivery__sub'>{addressLine(d.address)}</Text>
          </View>
        </View>
      ) : null}
      {d.mode === 'pickup' && d.point ? (
        <View className='order-delivery__row order-delivery__point'>
          <Text className='order-delivery__mode order-delivery__mode--pickup'>团长自提</Text>
          <View className='order-delivery__text'>
            <Text className='order-delivery__main'>{d.point.name}</Text>
            <Text className='order-delivery__sub'>{d.point.address}</Text>
            <Text className='order-delivery__sub'>营业时间 {d.point.hours}</Text>
          </View>
        </View>
      ) : null}
      {d.tracking ? (
        <View className='order-delivery__tracking'>
          <Text className='order-delivery__tracking-text'>
            {d.tracking.company} <Text className='order-delivery__tracking-no'>{d.tracking.trackingNo}</Text>
          </Text>
          <Text className='order-delivery__copy' onClick={() => copy(d.tracking?.trackingNo ?? '')}>
            复制
          </Text>
        </View>
      ) : null}
      {hint ? <Text className='order-delivery__hint'>{hint}</Text> : null}
      {d.afterSale ? (
        <Text className={`order-card__after-sale order-card__after-sale--${d.afterSale.status}`} data-status={d.afterSale.status}>
          {afterSaleText(d.afterSale)}
        </Text>
      ) : null}
    </View>
  )
}
