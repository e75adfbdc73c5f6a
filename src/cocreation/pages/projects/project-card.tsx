import { Image, Text, View } from '@tarojs/components'
import type { ProjectCard as Card } from '@shared/api'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { projectPhaseChip } from '@/utils/project-phase'

/** A project in the list: cover, the question it answers, its phase and real participation. */
export function ProjectCard({ project, onOpen }: { project: Card; onOpen: (projectId: string) => void }) {
  const chip = projectPhaseChip(project.phase)
  return (
    <View className={`project-card project-card--${project.group}`} data-project-id={project.projectId} onClick={() => onOpen(project.projectId)}>
      {project.cover ? <Image className='project-card__cover' src={imageSrc(project.cover)} mode='aspectFill' /> : <View className='project-card__cover project-card__cover--blank' />}
      <View className='project-card__body'>
        <Tag tone={chip.tone} className='project-card__phase'>
          {chip.label}
        </Tag>
        <Text className='project-card__title'>{project.title}</Text>
        <Text className='project-card__question'>「{project.question}」</Text>
        <View className='project-card__foot'>
          <Text className='project-card__meta'>
            {project.participants} 人参与 · {project.ideaCount} 个想法
          </Text>
          <Text className='project-card__go'>{project.group === 'launched' ? '看故事 ›' : project.phase === 'ideas' ? '去提想法 ›' : '看进展 ›'}</Text>
        </View>
      </View>
    </View>
  )
}
