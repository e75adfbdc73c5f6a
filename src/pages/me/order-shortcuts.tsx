import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import type { OrderCounts } from '@shared/api'
import { ORDER_TABS } from '@shared/domain/order-tabs'
import { useReloadable } from '@/hooks/use-reloadable'
import { openOrders } from '@/routes'
import { orderCounts } from '@/services/groupbuy'
import './order-shortcuts.scss'

const SHORTCUTS = ORDER_TABS.filter((t): t is { tab: keyof OrderCounts; label: string } => t.tab !== 'all' && t.tab !== 'completed')

/** 我的订单's tabs as shortcuts on 我的, each with how many orders wait there (one call, read again on show). */
export function OrderShortcuts() {
  const { state, reload } = useReloadable(orderCounts)
  // Mounted once 我的 has loaded (after its first show), then read again whenever the tab comes back.
  useEffect(() => {
    reload(true)
  }, [reload])
  useDidShow(() => {
    reload(true)
  })
  const counts = state.status === 'ready' ? state.data : null
  return (
    <View className='order-shortcuts'>
      <View className='order-shortcuts__head' onClick={() => openOrders()}>
        <Text className='order-shortcuts__title'>我的订单</Text>
        <Text className='order-shortcuts__note'>全部订单 ›</Text>
      </View>
      <View className='order-shortcuts__row'>
        {SHORTCUTS.map(({ tab, label }) => (
          <View key={tab} className={`order-shortcut order-shortcut--${tab}`} data-tab={tab} onClick={() => openOrders(tab)}>
            <Text className='order-shortcut__count'>{counts ? counts[tab] : '–'}</Text>
            <Text className='order-shortcut__label'>{label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
