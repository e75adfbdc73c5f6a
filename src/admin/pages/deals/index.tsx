import { Button, Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { StatusView } from '@/components/status-view'
import { WindowedList } from '@/components/windowed-list'
import { AdminError } from '@/admin/components/admin-error'
import { openAdminCategories, openAdminDealEdit, openAdminDealGroups } from '@/routes'
import { AdminDealCard } from './admin-deal-card'
import { useAdminDeals } from './use-admin-deals'
import './index.scss'

export default function AdminDealsPage() {
  const { state, reload, loadMore, toggleListing } = useAdminDeals()

  // Reloads quietly after the editor closes, so the saved deal shows.
  useRefreshOnShow(reload)
  useReachBottom(() => {
    loadMore()
  })

  if (state.status === 'error' && state.error) {
    return (
      <PageShell className='admin-deals'>
        <AdminError error={state.error} onRetry={() => reload()} />
      </PageShell>
    )
  }
  return (
    <PageShell className='admin-deals'>
      <PageHead title='拼团活动' note='上架后出现在首页；下架不影响已开的团' />
      <Text className='admin-deals__categories' onClick={openAdminCategories}>
        商品分类 ›
      </Text>
      {state.status === 'loading' ? (
        <View className='admin-deal admin-deal--skeleton skeleton-block' />
      ) : state.items.length === 0 ? (
        <StatusView kind='empty' title='还没有拼团活动' message='点右上角「新建」创建第一个' />
      ) : (
        <WindowedList
          items={state.items}
          render={(deal) => <AdminDealCard key={deal.dealId} deal={deal} onEdit={openAdminDealEdit} onGroups={openAdminDealGroups} onToggle={toggleListing} />}
        />
      )}
      {state.loadingMore ? <Text className='admin-deals__footer'>加载中…</Text> : null}
      <View className='admin-deals__bar'>
        <Button className='admin-deals__new' onClick={() => openAdminDealEdit()}>
          ＋ 新建拼团活动
        </Button>
      </View>
    </PageShell>
  )
}
