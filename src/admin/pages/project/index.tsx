import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ProjectDetail } from '@shared/api'
import { AdminError } from '@/admin/components/admin-error'
import { nextPhase, stageLabel } from '@/admin/project-console'
import { PageShell } from '@/components/page-shell'
import { Tabs } from '@/components/tabs'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openAdminProjectEdit } from '@/routes'
import { setProjectPhase } from '@/services/admin-cocreation'
import { PHASE_LABELS } from '@shared/domain/cocreation'
import { ApplicationsPanel } from './applications-panel'
import { consoleTabs, tabOfPhase, type ConsoleTab } from './console-tabs'
import { IdeasPanel } from './ideas-panel'
import { LaunchPanel } from './launch-panel'
import { PhaseCard } from './phase-card'
import { ProposalsPanel } from './proposals-panel'
import { RewardsPanel } from './rewards-panel'
import { TrialsPanel } from './trials-panel'
import { useProjectConsole } from './use-project-console'
import '@/admin/components/admin-card.scss'
import './index.scss'

const PANELS = { ideas: IdeasPanel, applications: ApplicationsPanel, proposals: ProposalsPanel, trial: TrialsPanel, launch: LaunchPanel, rewards: RewardsPanel }

/** 共创运营: one project phase by phase — ideas, co-creators, proposals, trial rounds, launch and rewards. */
export default function ProjectConsolePage() {
  const projectId = useRouter().params.id || undefined
  const { project, busy, run } = useProjectConsole(projectId)
  const [tab, setTab] = useState<ConsoleTab | null>(null)
  useRefreshOnShow(project.reload)
  const phase = project.state.status === 'ready' ? project.state.data.phase : null
  useEffect(() => {
    if (phase) setTab(tabOfPhase(phase))
  }, [phase])

  const { state } = project
  if (state.status === 'loading') return <PageShell className='project-console'><View className='admin-card admin-card--skeleton skeleton-block' /></PageShell>
  if (state.status === 'error') return <PageShell className='project-console'><AdminError error={state.error} onRetry={() => project.reload()} /></PageShell>

  const p: ProjectDetail = state.data
  const goNext = async () => {
    const next = nextPhase(p.phase)
    if (!next) return
    const { confirm } = await Taro.showModal({
      title: p.phase === 'draft' ? '发布共创计划' : '进入下一阶段',
      content: p.phase === 'draft' ? '发布后所有会员可见，并开始需求征集。' : `从「${stageLabel(p.phase)}」进入「${PHASE_LABELS[next]}」，上一阶段的贡献入口将关闭，不能回退。`,
      confirmText: '确认',
    })
    if (confirm) await run('phase', '已进入' + PHASE_LABELS[next], () => setProjectPhase(p.projectId, next))
  }
  const current = tab ?? tabOfPhase(p.phase)
  const Panel = PANELS[current]
  return (
    <PageShell className='project-console'>
      <PhaseCard project={p} busy={busy === 'phase'} onNext={goNext} onEdit={() => openAdminProjectEdit(p.projectId)} />
      <Tabs className='project-console__tabs' items={consoleTabs(p)} value={current} onChange={setTab} />
      <Panel project={p} busy={busy} run={run} />
    </PageShell>
  )
}
