import { Button, Picker, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { Tabs, type TabItem } from '@/components/tabs'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { FilterChips } from '@/admin/components/filter-chips'
import type { ShipStage } from '@/services/fulfilment'
import { QueuePanel } from './queue-panel'
import { FulfilmentSettingsPanel } from './settings-panel'
import { ShipResults } from './ship-results'
import { ShipSheet } from './ship-sheet'
import { useDealOptions } from './use-deal-options'
import { useFulfilmentSettings } from './use-fulfilment-settings'
import { useShip } from './use-ship'
import { useShipQueue } from './use-ship-queue'
import '@/admin/components/admin-card.scss'
import './index.scss'

type ShipTab = ShipStage | 'settings'

const TABS: TabItem<ShipTab>[] = [
  { key: 'to_ship', label: '待发货' },
  { key: 'to_arrive', label: '待到货' },
  { key: 'shipped', label: '已发货' },
  { key: 'at_point', label: '待自提' },
  { key: 'settings', label: '设置' },
]

/** 发货: express orders shipped with a tracking number, pickup orders sent to their points. */
export default function AdminShippingPage() {
  const [tab, setTab] = useState<ShipTab>('to_ship')
  const [dealId, setDealId] = useState<string | undefined>(undefined)
  const [day, setDay] = useState('')
  const deals = useDealOptions()
  const queue = useShipQueue(tab === 'settings' ? null : tab, dealId)
  const ship = useShip(queue.handled)
  const settings = useFulfilmentSettings(tab === 'settings')

  usePullDownRefresh(async () => {
    let error
    if (tab === 'settings') await settings.load()
    else error = await queue.list.reload(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    if (tab !== 'settings') queue.list.loadMore()
  })

  const dealChips = [{ value: undefined, label: '全部活动' }, ...deals.map((d) => ({ value: d.dealId, label: d.title }))]
  return (
    <PageShell className='admin-shipping'>
      <AdminPageHead title='发货管理' note='快递发货、自提点到货、收货与售后设置' />
      <Tabs items={TABS} value={tab} onChange={setTab} className='admin-shipping__tabs' />
      {tab === 'settings' ? (
        <FulfilmentSettingsPanel settings={settings} />
      ) : (
        <View className={`admin-shipping__panel admin-shipping__panel--${tab}`}>
          <FilterChips options={dealChips} value={dealId} onChange={setDealId} />
          <View className='admin-shipping__day'>
            <Picker mode='date' value={day || new Date().toISOString().slice(0, 10)} onChange={(e) => setDay(e.detail.value)}>
              <Text className='admin-shipping__day-value'>{day ? `成团日期：${day}` : '按成团日期筛选 ▾'}</Text>
            </Picker>
            {day ? (
              <Text className='admin-shipping__day-clear' onClick={() => setDay('')}>
                清除
              </Text>
            ) : null}
          </View>
          {ship.outcome ? <ShipResults outcome={ship.outcome} onDismiss={ship.dismiss} /> : null}
          <QueuePanel stage={tab} day={day} queue={queue} ship={ship} />
        </View>
      )}
      {tab === 'to_ship' && queue.selected.length ? (
        <View className='admin-shipping__bar'>
          <Text className='admin-shipping__bar-note'>已选 {queue.selected.length} 单</Text>
          <Text className='admin-shipping__bar-clear' onClick={queue.clear}>
            取消
          </Text>
          <Button
            className='admin-shipping__ship-many'
            onClick={() => ship.open(queue.list.state.items.filter((i) => queue.selected.includes(i.orderId)))}
          >
            批量发货
          </Button>
        </View>
      ) : null}
      {ship.orders ? (
        <ShipSheet
          orders={ship.orders}
          lines={ship.lines}
          errors={ship.errors}
          busy={ship.busy}
          onChange={ship.change}
          onSubmit={ship.submit}
          onCancel={ship.close}
        />
      ) : null}
    </PageShell>
  )
}
