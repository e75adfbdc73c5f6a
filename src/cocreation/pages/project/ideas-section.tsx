import { Text, View } from '@tarojs/components'
import type { IdeaView, ProjectDetail } from '@shared/api'
import type { AppError } from '@/services/app-error'
import { useRef } from 'react'
import { stableOrder } from '@/utils/idea-upvote'
import { IdeaCard } from './idea-card'
import { IdeaForm } from './idea-form'

export interface IdeasSectionProps {
  project: ProjectDetail
  gate: (run: () => void) => void
  onUpvote: (ideaId: string) => void
  onPosted: (idea: IdeaView) => void
  onRefused: (e: AppError) => void
}

/** 需求征集: the form while it is open, then every idea (adopted first, then most upvoted). */
export function IdeasSection({ project, gate, onUpvote, onPosted, onRefused }: IdeasSectionProps) {
  const open = project.phase === 'ideas'
  const adopted = project.ideas.filter((i) => i.adopted).length
  const shown = useRef<string[]>([])
  const ideas = stableOrder(shown.current, project.ideas)
  shown.current = ideas.map((i) => i.ideaId)
  return (
    <View className='project-section ideas-section'>
      <View className='project-section__head'>
        <Text className='project-section__title'>大家的想法</Text>
        <Text className='project-section__note'>
          {project.ideas.length} 个{adopted ? ` · ${adopted} 个被采纳` : ''}
        </Text>
      </View>
      {open ? <IdeaForm projectId={project.projectId} question={project.question} gate={gate} onPosted={onPosted} onRefused={onRefused} /> : null}
      {project.ideas.length ? (
        ideas.map((idea) => <IdeaCard key={idea.ideaId} idea={idea} canUpvote={open} onUpvote={onUpvote} />)
      ) : (
        <Text className='project-section__empty'>{open ? '还没有人提想法，来做第一个吧' : '这个计划没有收集到想法'}</Text>
      )}
    </View>
  )
}
