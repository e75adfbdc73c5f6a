import { useReachBottom, useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { Tabs } from '@/components/tabs'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { OrderFeed } from './order-feed'
import { ORDER_TAB_ITEMS, OrderTabKey, tabFromQuery } from './order-tabs'
import { useOrderActions } from './use-order-actions'
import { useOrderList } from './use-order-list'
import './index.scss'

export default function OrdersPage() {
  const [tab, setTab] = useState<OrderTabKey>(tabFromQuery(useRouter().params.tab))
  const { state, reload, loadMore, replace } = useOrderList(tab === 'all' ? undefined : tab)
  const { payFor, cancel, receive } = useOrderActions(replace)

  // Reloads quietly back from a group page, say: orders move on while we are away.
  useRefreshOnShow(reload)
  const shownTab = useRef(tab)
  useEffect(() => {
    if (shownTab.current === tab) return
    shownTab.current = tab
    reload()
  }, [tab, reload])
  useReachBottom(() => {
    loadMore()
  })

  return (
    <PageShell className='orders-page'>
      <PageHead title='我的订单' note='拼团进度、物流、取货和售后都在这里' />
      <Tabs className='orders-page__tabs' items={ORDER_TAB_ITEMS} value={tab} onChange={setTab} />
      <OrderFeed state={state} tab={tab} onRetry={() => reload()} onMore={loadMore} onPay={payFor} onCancel={cancel} onReceipt={receive} />
    </PageShell>
  )
}
