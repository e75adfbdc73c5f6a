import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { GroupStatus } from '@shared/api'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { WindowedList } from '@/components/windowed-list'
import { AdminError } from '@/admin/components/admin-error'
import { AdminGroupRow } from './admin-group-row'
import { StatusFilter } from './status-filter'
import { useDealGroups } from './use-deal-groups'
import { useDealTitle } from './use-deal-title'
import './index.scss'

export default function DealGroupsPage() {
  const dealId = useRouter().params.id
  const [filter, setFilter] = useState<GroupStatus | undefined>(undefined)
  const { state, reload, loadMore } = useDealGroups(dealId, filter)
  const title = useDealTitle(dealId)

  useEffect(() => {
    reload()
  }, [reload])
  usePullDownRefresh(async () => {
    const error = await reload(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    loadMore()
  })

  if (state.status === 'error' && state.error) {
    return (
      <PageShell className='deal-groups'>
        <AdminError error={state.error} onRetry={() => reload()} />
      </PageShell>
    )
  }
  return (
    <PageShell className='deal-groups'>
      <PageHead title={title || '活动的团'} note='这个活动开过的所有团，只显示真实参团的人' />
      <StatusFilter value={filter} onChange={setFilter} />
      <View className='deal-groups__list'>
        {state.status === 'loading' ? (
          <View className='admin-group admin-group--skeleton skeleton-block' />
        ) : state.items.length === 0 ? (
          <StatusView kind='empty' title='没有这样的团' message='换个筛选看看' />
        ) : (
          <WindowedList items={state.items} render={(group) => <AdminGroupRow key={group.groupId} group={group} />} listKey={filter} />
        )}
      </View>
      {state.loadingMore ? <Text className='deal-groups__footer'>加载中…</Text> : null}
    </PageShell>
  )
}
