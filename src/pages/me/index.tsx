import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useRef } from 'react'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openAdminDeals, openOrders } from '@/routes'
import { MeEntries, type MeEntry } from './me-entries'
import { MeHeader } from './me-header'
import { useMe } from './use-me'
import './index.scss'

export default function MePage() {
  const { state, reload } = useMe()
  const shown = useRef(false)

  useDidShow(() => {
    reload(shown.current)
    shown.current = true
  })
  usePullDownRefresh(async () => {
    const error = await reload(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='me-page'>
        <View className='me-header me-header--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='me-page'>
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      </PageShell>
    )
  }

  const entries: MeEntry[] = [{ key: 'orders', title: '我的订单', note: '拼团进度 · 支付 · 退款', onOpen: openOrders }]
  if (state.me.isAdmin) entries.push({ key: 'admin', title: '品牌管理', note: '拼团活动 · 上下架', onOpen: openAdminDeals })
  return (
    <PageShell className='me-page'>
      <MeHeader me={state.me} />
      <MeEntries entries={entries} />
    </PageShell>
  )
}
