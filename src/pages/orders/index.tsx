import { useReachBottom } from '@tarojs/taro'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { OrderFeed } from './order-feed'
import { useOrderActions } from './use-order-actions'
import { useOrderList } from './use-order-list'
import './index.scss'

export default function OrdersPage() {
  const { state, reload, loadMore, replace } = useOrderList()
  const { payFor, cancel, receive } = useOrderActions(replace)

  // Reloads quietly back from a group page, say: orders move on while we are away.
  useRefreshOnShow(reload)
  useReachBottom(() => {
    loadMore()
  })

  return (
    <PageShell className='orders-page'>
      <PageHead title='我的订单' note='拼团进度、物流、取货和售后都在这里' />
      <OrderFeed state={state} onRetry={() => reload()} onMore={loadMore} onPay={payFor} onCancel={cancel} onReceipt={receive} />
    </PageShell>
  )
}
