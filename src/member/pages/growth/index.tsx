import { View } from '@tarojs/components'
import Taro, { useLoad, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import type { MeOutput } from '@shared/api'
import { ListFooter } from '@/components/list-footer'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { usePagedList } from '@/hooks/use-paged-list'
import { growthHistory, me } from '@/services/member'
import { openCheckIn } from '@/routes'
import { GrantRow } from './grant-row'
import { GrowthSummary } from './growth-summary'
import './index.scss'

export default function GrowthPage() {
  const list = usePagedList(growthHistory)
  const [profile, setProfile] = useState<MeOutput | null>(null)
  const refreshProfile = () => me().then(setProfile, () => undefined)

  useLoad(() => {
    list.reload()
    refreshProfile()
  })
  usePullDownRefresh(async () => {
    const error = await list.reload(true)
    refreshProfile()
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    list.loadMore()
  })

  const { state } = list
  return (
    <PageShell className='growth'>
      <PageHead title='成长记录' note='签到、下单、投票都会带来成长值和积分' />
      <GrowthSummary me={profile} />
      {state.status === 'idle' || state.status === 'loading' ? (
        <View className='growth__list growth__list--loading skeleton-block' />
      ) : state.status === 'error' && state.error ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => list.reload()} />
      ) : !state.items.length ? (
        <StatusView kind='empty' title='还没有成长记录' message='每日签到、参与投票、下单、发晒单都会在这里留下记录' actionText='去签到' onAction={openCheckIn} />
      ) : (
        <View className='growth__list'>
          {state.items.map((g, i) => (
            <GrantRow key={`${g.createdAt}-${i}`} grant={g} />
          ))}
          <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={list.loadMore} endText='以上是全部记录' />
        </View>
      )}
    </PageShell>
  )
}
