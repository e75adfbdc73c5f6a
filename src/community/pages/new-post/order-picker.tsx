import { Image, Text, View } from '@tarojs/components'
import type { PostableOrderView } from '@shared/api'
import { imageSrc } from '@/services/images'
import { formatDate } from '@/utils/format'

export interface OrderPickerProps {
  orders: PostableOrderView[] | null
  value: string | null
  onChange: (orderId: string | null) => void
}

/** 关联订单: a product I bought (once, however many orders of it) gives the post its 已购认证 badge; tap again to untie. */
export function OrderPicker({ orders, value, onChange }: OrderPickerProps) {
  if (orders === null) return <View className='order-picker__loading skeleton-block' />
  if (!orders.length) return <Text className='new-post__hint'>拼团成功的订单可以关联到晒单，带上「已购认证」标记</Text>
  return (
    <View className='order-picker'>
      {orders.map((order) => {
        const on = Boolean(value) && order.orderIds.includes(value as string)
        return (
          <View
            key={order.orderId}
            className={`order-picker__item ${on ? 'order-picker__item--on' : ''}`}
            data-order-id={order.orderId}
            onClick={() => onChange(on ? null : order.orderId)}
          >
            <Image className='order-picker__image' src={imageSrc(order.image)} mode='aspectFill' />
            <View className='order-picker__body'>
              <Text className='order-picker__title'>{order.title}</Text>
              <Text className='order-picker__date'>
                {order.paidAt ? `${formatDate(order.paidAt)} 购买` : '已购买'}
                {order.orderIds.length > 1 ? ` · 共买过 ${order.orderIds.length} 次` : ''}
              </Text>
            </View>
            <View className={`order-picker__mark ${on ? 'order-picker__mark--on' : ''}`}>{on ? <Text className='order-picker__tick'>✓</Text> : null}</View>
          </View>
        )
      })}
    </View>
  )
}
