import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useShareCode } from '@/hooks/use-share-code'
import { useShareImage } from '@/hooks/use-share-image'
import { openProjects } from '@/routes'
import { track } from '@/services/analytics'
import { projectPath, projectQuery } from '@/utils/cocreation-paths'
import { ApplySection } from './apply-section'
import { CoCreators } from './co-creators'
import { ContributionWall } from './contribution-wall'
import { IdeasSection } from './ideas-section'
import { ProjectHead } from './project-head'
import { ProjectRewards } from './project-rewards'
import { ProjectRulesCard } from './project-rules'
import { ProjectTimeline } from './project-timeline'
import { ProposalsSection } from './proposals-section'
import { RulesSheet } from './rules-sheet'
import { TrialSection } from './trial-section'
import { useProject } from './use-project'
import './index.scss'
import './sections.scss'

/** A project's story: question, timeline, rules, and what the phase in force lets members do. */
export default function ProjectPage() {
  const projectId = useRouter().params.id
  const { state, reload, project, tier, rules, upvote, patch, onRefused } = useProject(projectId)
  // Cards to a chat and to 朋友圈 carry the sharer's distribution code, like the deal page's.
  const code = useShareCode()
  const shareImage = useShareImage(project?.cover)
  const shareTitle = project ? `共创计划 · ${project.title}` : '原野生活 · 共创计划'
  useShareAppMessage(() => {
    track('share_card', { code, page: 'cocreation/pages/project/index' })
    return { title: shareTitle, path: projectPath(projectId ?? '', code), imageUrl: shareImage }
  })
  useShareTimeline(() => {
    track('share_timeline', { code, page: 'cocreation/pages/project/index' })
    return { title: shareTitle, query: projectQuery(projectId ?? '', code), imageUrl: shareImage }
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='project'>
        <View className='project-head project-head--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error' || !project) {
    const notFound = state.status === 'error' && state.error.code === 'NOT_FOUND'
    return (
      <PageShell className='project'>
        <StatusView
          kind={notFound ? 'empty' : 'error'}
          title={notFound ? '这个共创计划不存在' : '加载失败'}
          message={state.status === 'error' ? state.error.message : ''}
          actionText={notFound ? '看看其他计划' : '重试'}
          onAction={notFound ? openProjects : () => reload()}
        />
      </PageShell>
    )
  }
  const gate = rules.gate
  // A contribution lands on screen at once; the counts and the wall follow from a quiet read.
  const after: typeof patch = (change) => {
    patch(change)
    reload(true)
  }
  const rewards = <ProjectRewards project={project} />
  return (
    <PageShell className='project'>
      <ProjectHead project={project} />
      <ProjectTimeline project={project} />
      {project.phase === 'launched' ? rewards : null}
      <ProjectRulesCard project={project} onRead={rules.show} />
      <ApplySection project={project} tier={tier} gate={gate} onApplied={(status) => after((p) => ({ ...p, application: { status } }))} onRefused={onRefused} />
      <ProposalsSection
        project={project}
        gate={gate}
        onPosted={(proposal) => after((p) => ({ ...p, proposals: [proposal, ...p.proposals] }))}
        onCommented={(id, comment) => after((p) => ({ ...p, proposals: p.proposals.map((x) => (x.proposalId === id ? { ...x, comments: [...x.comments, comment] } : x)) }))}
        onRefused={onRefused}
      />
      <TrialSection
        project={project}
        gate={gate}
        onReported={(round) => after((p) => ({ ...p, trialRounds: p.trialRounds.map((r) => (r.roundId === round.roundId ? round : r)) }))}
        onRefused={onRefused}
      />
      <IdeasSection project={project} gate={gate} onUpvote={upvote} onPosted={(idea) => after((p) => ({ ...p, ideas: [idea, ...p.ideas], ideaCount: p.ideaCount + 1 }))} onRefused={onRefused} />
      <CoCreators project={project} />
      <ContributionWall wall={project.wall} />
      {project.phase === 'launched' ? null : rewards}
      {rules.open ? <RulesSheet project={project} accepting={rules.accepting} onAccept={rules.accept} onClose={rules.close} /> : null}
    </PageShell>
  )
}
