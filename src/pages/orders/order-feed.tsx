import { Text, View } from '@tarojs/components'
import type { OrderView } from '@shared/api'
import { StatusView } from '@/components/status-view'
import { WindowedList } from '@/components/windowed-list'
import { openGroup, openHome } from '@/routes'
import { OrderCard } from './order-card'
import type { OrderListState } from './use-order-list'
import { ORDER_TAB_ITEMS, type OrderTabKey } from './order-tabs'

export interface OrderFeedProps {
  state: OrderListState
  tab: OrderTabKey
  onRetry: () => void
  onMore: () => void
  onPay: (order: OrderView) => void
  onCancel: (order: OrderView) => void
  onReceipt: (order: OrderView) => void
}

/** The list of my orders, in each of its states; only the cards near the screen are rendered. */
export function OrderFeed({ state, tab, onRetry, onMore, onPay, onCancel, onReceipt }: OrderFeedProps) {
  if (state.status === 'loading') {
    return (
      <View className='order-feed order-feed--loading'>
        {[0, 1, 2].map((i) => (
          <View key={i} className='order-card order-card--skeleton'>
            <View className='skeleton-line skeleton-line--short' />
            <View className='order-card__main'>
              <View className='order-card__image skeleton-block' />
              <View className='order-card__body'>
                <View className='skeleton-line skeleton-line--title' />
                <View className='skeleton-line skeleton-line--tiny' />
              </View>
            </View>
          </View>
        ))}
      </View>
    )
  }
  if (state.status === 'error') {
    return <StatusView kind='error' title='加载失败' message={state.error?.message} actionText='重试' onAction={onRetry} />
  }
  if (state.items.length === 0 && tab !== 'all') {
    const label = ORDER_TAB_ITEMS.find((t) => t.key === tab)?.label ?? ''
    return <StatusView kind='empty' title={`没有${label}的订单`} message='其他订单在「全部」里' />
  }
  if (state.items.length === 0) {
    return <StatusView kind='empty' title='还没有订单' message='和邻居一起拼，好物更划算' actionText='去首页逛逛' onAction={openHome} />
  }
  return (
    <View className='order-feed'>
      <WindowedList
        items={state.items}
        listKey={tab}
        render={(order) => <OrderCard key={order.orderId} order={order} onPay={onPay} onCancel={onCancel} onGroup={openGroup} onReceipt={onReceipt} />}
      />
      <FeedFooter state={state} onMore={onMore} />
    </View>
  )
}

function FeedFooter({ state, onMore }: { state: OrderListState; onMore: () => void }) {
  if (state.loadingMore) return <Text className='order-feed__footer'>加载中…</Text>
  if (state.moreError) {
    return (
      <Text className='order-feed__footer order-feed__footer--error' onClick={onMore}>
        {state.moreError.message}，点击重试
      </Text>
    )
  }
  if (state.cursor) return <Text className='order-feed__footer'>上拉加载更多</Text>
  return <Text className='order-feed__footer'>— 没有更多订单了 —</Text>
}
