import { Button, Image, Text, View } from '@tarojs/components'
import type { OrderView } from '@shared/api'
import { Countdown } from '@/components/countdown'
import { useNowAfter } from '@/hooks/use-now-after'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { formatDateTime, formatYuan } from '@/utils/format'
import { deliveryHint, orderNextActions, stageChip } from '@/utils/order-delivery'
import { againLabel, orderAsOf, orderStatusChip, refundText } from '@/utils/order-status'
import { amountNotes } from '@/utils/order-amounts'
import { openAfterSale, openDeal, openNewOrderPost, openPickupCode } from '@/routes'
import { OrderDelivery } from './order-delivery'

/** Orders that may be tied to a 晒单 (已购认证): the group succeeded, nothing refunded. */
const POSTABLE = new Set<OrderView['status']>(['effective', 'completed'])

export interface OrderCardProps {
  order: OrderView
  onPay: (order: OrderView) => void
  onCancel: (order: OrderView) => void
  onGroup: (groupId: string) => void
  onReceipt: (order: OrderView) => void
}

/**
 * One order: what, how many, how much, where it stands, what comes next, and what can be done.
 * An unpaid order turns 已超时 by itself when its pay time comes (no 去支付 after it).
 */
export function OrderCard({ order: loaded, onPay, onCancel, onGroup, onReceipt }: OrderCardProps) {
  const at = useNowAfter(loaded.status === 'pending_payment' ? loaded.payBefore : undefined)
  const order = orderAsOf(loaded, at)
  const d = order.delivery
  const now = new Date()
  const chip = order.payExpired ? { label: '已超时', tone: 'plain' as const } : d ? stageChip(d.stage) : orderStatusChip(order)
  const next = d ? orderNextActions(order, now) : { receipt: false, pickupCode: false, afterSale: false }
  const unpaid = order.status === 'pending_payment'
  const refund = refundText(order.refund)
  const amountLabel = unpaid ? '应付' : order.status === 'cancelled' ? '金额' : '实付'
  return (
    <View className='order-card' data-order-id={order.orderId} data-status={order.status} data-stage={d?.stage} data-expired={order.payExpired || undefined}>
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
          {amountNotes(order).map((note) => (
            <Text key={note} className='order-card__fee'>
              {note}
            </Text>
          ))}
        </View>
      </View>
      {order.nextStep ? <Text className={`order-card__next order-card__next--${chip.tone}`}>{order.nextStep}</Text> : null}
      {d ? <OrderDelivery delivery={d} hint={order.nextStep && d.stage !== 'completed' ? '' : deliveryHint(order, now)} /> : null}
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
        {next.afterSale ? (
          <Button className='order-card__btn order-card__after-sale-btn' onClick={() => openAfterSale(order.orderId)}>
            申请售后
          </Button>
        ) : null}
        {POSTABLE.has(order.status) ? (
          <Button className='order-card__btn order-card__post' onClick={() => openNewOrderPost(order.orderId)}>
            晒单
          </Button>
        ) : null}
        {next.pickupCode ? (
          <Button className='order-card__btn order-card__primary order-card__pickup-code' onClick={() => openPickupCode(order.orderId)}>
            取货码
          </Button>
        ) : null}
        {next.receipt ? (
          <Button className='order-card__btn order-card__primary order-card__receipt' onClick={() => onReceipt(order)}>
            确认收货
          </Button>
        ) : null}
        {order.status === 'cancelled' ? (
          <Button className='order-card__btn order-card__primary order-card__again' onClick={() => openDeal(order.dealId)}>
            {againLabel(order)}
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
