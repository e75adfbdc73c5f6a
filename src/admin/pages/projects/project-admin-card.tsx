import { Button, Image, Text, View } from '@tarojs/components'
import type { ProjectCard } from '@shared/api'
import { Tag } from '@/components/tag'
import { stageLabel } from '@/admin/project-console'
import { imageSrc } from '@/services/images'

const TONE = { draft: 'plain', launched: 'amber' } as const

/** A project in the brand's list: cover, phase, question, figures; 运营 opens the console, 编辑 the editor. */
export function ProjectAdminCard({ project, onOpen, onEdit }: { project: ProjectCard; onOpen: () => void; onEdit: () => void }) {
  const cover = imageSrc(project.cover)
  const tone = TONE[project.phase as keyof typeof TONE] ?? 'green'
  return (
    <View className={`project-admin-card project-admin-card--${project.phase}`} data-project-id={project.projectId}>
      <View className='project-admin-card__top' onClick={onOpen}>
        {cover ? <Image className='project-admin-card__cover' src={cover} mode='aspectFill' /> : <Text className='project-admin-card__cover project-admin-card__cover--none'>共创</Text>}
        <View className='project-admin-card__head'>
          <Tag tone={tone}>{stageLabel(project.phase)}</Tag>
          <Text className='project-admin-card__title'>{project.title}</Text>
          <Text className='project-admin-card__question'>{project.question}</Text>
        </View>
      </View>
      <View className='project-admin-card__actions'>
        <Text className='project-admin-card__facts'>
          {project.participants} 人参与 · {project.ideaCount} 个想法{project.launchedDealId ? ' · 已上市' : ''}
        </Text>
        <Button className='project-admin-card__btn project-admin-card__edit' onClick={onEdit}>
          编辑
        </Button>
        <Button className='project-admin-card__btn project-admin-card__open' onClick={onOpen}>
          运营
        </Button>
      </View>
    </View>
  )
}
