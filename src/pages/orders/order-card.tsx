import { Button, Image, Text, View } from '@tarojs/components'
import type { OrderView } from '@shared/api'
import { Countdown } from '@/components/countdown'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { formatDateTime, formatYuan } from '@/utils/format'
import { orderStatusChip, refundText } from '@/utils/order-status'
import { openNewOrderPost } from '@/routes'

/** Orders that may be tied to a 晒单 (已购认证): the group succeeded, nothing refunded. */
const POSTABLE = new Set<OrderView['status']>(['effective', 'completed'])

export interface OrderCardProps {
  order: OrderView
  onPay: (order: OrderView) => void
  onCancel: (order: OrderView) => void
  onGroup: (groupId: string) => void
}

/** One order: what, how many, how much, where it stands, what comes next, and what can be done. */
export function OrderCard({ order, onPay, onCancel, onGroup }: OrderCardProps) {
  const chip = orderStatusChip(order)
  const unpaid = order.status === 'pending_payment'
  const refund = refundText(order.refund)
  const amountLabel = unpaid ? '应付' : order.status === 'cancelled' ? '金额' : '实付'
  return (
    <View className='order-card' data-order-id={order.orderId} data-status={order.status}>
      <View className='order-card__head'>
        <Text className='order-card__kind'>
          {order.kind === 'group' ? '拼团订单' : '单独购买'} · {formatDateTime(order.createdAt)}
        </Text>
        <Tag tone={chip.tone} className='order-card__status'>
          {chip.label}
        </Tag>
      </View>
      <View className='order-card__main'>
        <Image className='order-card__image' src={imageSrc(order.image)} mode='aspectFill' />
        <View className='order-card__body'>
          <Text className='order-card__title'>{order.title}</Text>
          <Text className='order-card__qty'>
            {formatYuan(order.unitPriceFen)} × {order.quantity}
          </Text>
        </View>
        <View className='order-card__amount'>
          <Text className='order-card__amount-label'>{amountLabel}</Text>
          <Text className='order-card__amount-value'>{formatYuan(order.amountFen)}</Text>
        </View>
      </View>
      {order.nextStep ? <Text className={`order-card__next order-card__next--${chip.tone}`}>{order.nextStep}</Text> : null}
      {refund && order.refund ? (
        <Text className='order-card__refund'>
          {refund} {formatYuan(order.refund.amountFen)} · 原路退回
        </Text>
      ) : null}
      <View className='order-card__actions'>
        {unpaid && order.payBefore ? (
          <Text className='order-card__deadline'>
            剩余 <Countdown to={order.payBefore} endedText='已超时' className='order-card__countdown' />
          </Text>
        ) : null}
        {order.groupId && order.status !== 'cancelled' ? (
          <Button className='order-card__btn order-card__group' onClick={() => onGroup(order.groupId as string)}>
            查看拼团
          </Button>
        ) : null}
        {POSTABLE.has(order.status) ? (
          <Button className='order-card__btn order-card__post' onClick={() => openNewOrderPost(order.orderId)}>
            晒单
          </Button>
        ) : null}
        {unpaid ? (
          <Button className='order-card__btn order-card__cancel' onClick={() => onCancel(order)}>
            取消订单
          </Button>
        ) : null}
        {unpaid ? (
          <Button className='order-card__btn order-card__pay' onClick={() => onPay(order)}>
            去支付
          </Button>
        ) : null}
      </View>
    </View>
  )
}
