import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { Tabs, type TabItem } from '@/components/tabs'
import { AdminError } from '@/admin/components/admin-error'
import { ApplicationsPanel, DistributorsPanel, WithdrawalsPanel } from './panels'
import { ReviewSheet } from './review-sheet'
import { SettingsPanel } from './settings-panel'
import { useAdminWithdrawals } from './use-admin-withdrawals'
import { useApplications } from './use-applications'
import { useDistributors } from './use-distributors'
import { usePendingCounts } from './use-pending-counts'
import { useReview } from './use-review'
import { useSettings } from './use-settings'
import '@/admin/components/admin-card.scss'
import './index.scss'

type AdminTab = 'applications' | 'distributors' | 'withdrawals' | 'settings'
const TAB_KEYS: AdminTab[] = ['applications', 'distributors', 'withdrawals', 'settings']

export default function AdminDistributionPage() {
  const param = useRouter().params.tab as AdminTab | undefined
  const [tab, setTab] = useState<AdminTab>(param && TAB_KEYS.includes(param) ? param : 'applications')
  const apps = useApplications(tab === 'applications')
  const distributors = useDistributors(tab === 'distributors')
  const withdrawals = useAdminWithdrawals(tab === 'withdrawals')
  const settings = useSettings(tab === 'settings')
  const pending = usePendingCounts()
  const review = useReview({
    onApplication: (a) => {
      apps.reviewed(a)
      pending.refresh()
      distributors.list.reset()
    },
    onWithdrawal: (w) => {
      withdrawals.reviewed(w)
      pending.refresh()
      distributors.list.reset()
    },
  })

  useDidShow(() => {
    pending.refresh()
  })
  const active = { applications: apps.list, distributors: distributors.list, withdrawals: withdrawals.list, settings: null }[tab]
  usePullDownRefresh(async () => {
    let error
    if (tab === 'settings') await settings.load()
    else error = await active?.reload(true)
    pending.refresh()
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    active?.loadMore()
  })

  const tabs: TabItem<AdminTab>[] = [
    { key: 'applications', label: '申请', badge: pending.counts.applications },
    { key: 'distributors', label: '团长' },
    { key: 'withdrawals', label: '提现', badge: pending.counts.withdrawals },
    { key: 'settings', label: '设置' },
  ]
  return (
    <PageShell className='admin-distribution'>
      <View className='admin-distribution__head'>
        <Text className='admin-distribution__title'>分销管理</Text>
        <Text className='admin-distribution__note'>团长申请、佣金与提现审核、分销规则</Text>
      </View>
      <Tabs items={tabs} value={tab} onChange={setTab} className='admin-distribution__tabs' />
      <View className={`admin-distribution__panel admin-distribution__panel--${tab}`}>
        {tab === 'applications' ? <ApplicationsPanel apps={apps} onReview={(application, approve) => review.open({ kind: 'application', approve, application })} /> : null}
        {tab === 'distributors' ? <DistributorsPanel distributors={distributors} /> : null}
        {tab === 'withdrawals' ? (
          <WithdrawalsPanel withdrawals={withdrawals} onReview={(withdrawal, approve) => review.open({ kind: 'withdrawal', approve, withdrawal })} />
        ) : null}
        {tab === 'settings' ? <Settings settings={settings} /> : null}
      </View>
      {review.review ? <ReviewSheet review={review.review} busy={review.busy} onConfirm={review.confirm} onCancel={review.close} /> : null}
    </PageShell>
  )
}

function Settings({ settings }: { settings: ReturnType<typeof useSettings> }) {
  const { state } = settings
  if (state.status === 'error') return <AdminError error={state.error} onRetry={settings.load} />
  if (state.status !== 'ready') return <View className='admin-card admin-card--skeleton skeleton-block' />
  return <SettingsPanel form={state.form} errors={state.errors} saving={state.saving} onChange={settings.update} onSave={settings.save} />
}
