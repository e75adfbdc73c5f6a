import { Text, View } from '@tarojs/components'
import type { CommentView, ProjectDetail, ProposalView } from '@shared/api'
import type { AppError } from '@/services/app-error'
import { ProposalCard } from './proposal-card'
import { ProposalForm } from './proposal-form'

export interface ProposalsSectionProps {
  project: ProjectDetail
  gate: (run: () => void) => void
  onPosted: (proposal: ProposalView) => void
  onCommented: (proposalId: string, comment: CommentView) => void
  onRefused: (e: AppError) => void
}

/** 方案共创: co-creators post proposals (配方/包装/供应商推荐/文案) and discuss them; everyone reads. */
export function ProposalsSection({ project, gate, onPosted, onCommented, onRefused }: ProposalsSectionProps) {
  const posting = project.phase === 'proposals'
  if (!posting && !project.proposals.length) return null
  const canComment = project.isCoCreator && (project.phase === 'proposals' || project.phase === 'trial')
  return (
    <View className='project-section proposals-section'>
      <View className='project-section__head'>
        <Text className='project-section__title'>共创方案</Text>
        <Text className='project-section__note'>{project.proposals.length} 份</Text>
      </View>
      {posting && project.isCoCreator ? <ProposalForm projectId={project.projectId} gate={gate} onPosted={onPosted} onRefused={onRefused} /> : null}
      {posting && !project.isCoCreator ? <Text className='project-section__hint'>方案由本计划的产品共创官提交，你可以在这里看到每一份方案和讨论</Text> : null}
      {project.proposals.map((p) => (
        <ProposalCard key={p.proposalId} proposal={p} canComment={canComment} gate={gate} onCommented={onCommented} onRefused={onRefused} />
      ))}
      {!project.proposals.length ? <Text className='project-section__empty'>还没有方案</Text> : null}
    </View>
  )
}
