import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { Tabs, type TabItem } from '@/components/tabs'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { ApplicationsPanel } from './applications-panel'
import { DecisionSheet } from './decision-sheet'
import { SettingsPanel } from './settings-panel'
import { useCoCreatorDecision } from './use-co-creator-decision'
import { useCoCreatorQueue } from './use-co-creator-queue'
import { useMemberSettings } from './use-member-settings'
import './index.scss'

type MembersTab = 'applications' | 'settings'

const TABS: TabItem<MembersTab>[] = [
  { key: 'applications', label: '共创官申请' },
  { key: 'settings', label: '成长设置' },
]

export default function AdminMembersPage() {
  const [tab, setTab] = useState<MembersTab>(useRouter().params.tab === 'settings' ? 'settings' : 'applications')
  const queue = useCoCreatorQueue(tab === 'applications')
  const settings = useMemberSettings(tab === 'settings')
  const decision = useCoCreatorDecision(queue.decided)

  usePullDownRefresh(async () => {
    let error
    if (tab === 'applications') error = await queue.reload(true)
    else await settings.load()
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })

  const pending = queue.filter === 'pending' && queue.state.status === 'ready' ? queue.state.items.length : 0
  return (
    <PageShell className='admin-members'>
      <AdminPageHead title='会员管理' note='共创官审核 · 体验官门槛 · 签到奖励' />
      <Tabs items={TABS.map((t) => (t.key === 'applications' ? { ...t, badge: pending } : t))} value={tab} onChange={setTab} className='admin-members__tabs' />
      {tab === 'applications' ? <ApplicationsPanel queue={queue} onDecide={decision.open} /> : <SettingsPanel settings={settings} />}
      {decision.decision ? <DecisionSheet decision={decision.decision} busy={decision.busy} onConfirm={decision.confirm} onCancel={decision.close} /> : null}
    </PageShell>
  )
}
