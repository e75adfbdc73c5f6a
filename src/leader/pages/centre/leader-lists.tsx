import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { WithdrawalView } from '@shared/api'
import { ListFooter } from '@/components/list-footer'
import { StatusView } from '@/components/status-view'
import { Tabs, type TabItem } from '@/components/tabs'
import type { PagedList } from '@/hooks/use-paged-list'
import { CommissionItem } from './commission-item'
import { CustomerItem } from './customer-item'
import type { LeaderTab, useLeaderLists } from './use-leader-lists'
import { WithdrawRecord } from './withdraw-record'
import './leader-lists.scss'

const TABS: TabItem<LeaderTab>[] = [
  { key: 'commissions', label: '佣金明细' },
  { key: 'customers', label: '我的客户' },
  { key: 'withdrawals', label: '提现记录' },
]

const EMPTY: Record<LeaderTab, { title: string; message: string }> = {
  commissions: { title: '还没有佣金', message: '把名片分享到群里，好友下单成团后这里就有佣金' },
  customers: { title: '还没有客户', message: '好友打开你的名片或海报，就会成为你的客户' },
  withdrawals: { title: '还没有提现记录', message: '可提现的佣金随时可以提到微信零钱' },
}

export interface LeaderListsProps {
  lists: ReturnType<typeof useLeaderLists>
  confirming: string | null
  onConfirm: (w: WithdrawalView) => void
}

/** 佣金明细 / 我的客户 / 提现记录 under tabs, each paged by its cursor. */
export function LeaderLists({ lists, confirming, onConfirm }: LeaderListsProps) {
  return (
    <View className='leader-lists'>
      <Tabs items={TABS} value={lists.tab} onChange={lists.setTab} className='leader-lists__tabs' />
      {lists.tab === 'commissions'
        ? body(lists.commissions, 'commissions', (c) => <CommissionItem key={c.orderId} commission={c} />)
        : null}
      {lists.tab === 'customers'
        ? body(lists.customers, 'customers', (c) => <CustomerItem key={`${c.nickname}-${c.boundAt}`} customer={c} />)
        : null}
      {lists.tab === 'withdrawals'
        ? body(lists.withdrawals, 'withdrawals', (w) => (
            <WithdrawRecord key={w.withdrawalId} withdrawal={w} busy={confirming === w.withdrawalId} onConfirm={onConfirm} />
          ))
        : null}
    </View>
  )
}

function body<T>(list: PagedList<T>, tab: LeaderTab, row: (item: T) => ReactNode) {
  const { state } = list
  if (state.status === 'idle' || state.status === 'loading') {
    return (
      <View className={`leader-lists__body leader-lists__body--${tab} leader-lists__body--loading`}>
        <View className='skeleton-line skeleton-line--title' />
        <View className='skeleton-line skeleton-line--short' />
      </View>
    )
  }
  if (state.status === 'error') {
    return <StatusView kind='error' title='加载失败' message={state.error?.message} actionText='重试' onAction={() => list.reload()} />
  }
  if (!state.items.length) return <StatusView kind='empty' {...EMPTY[tab]} />
  return (
    <View className={`leader-lists__body leader-lists__body--${tab}`}>
      {state.items.map(row)}
      <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={list.loadMore} />
    </View>
  )
}
