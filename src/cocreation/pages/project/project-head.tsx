import { Image, Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { projectPhaseChip } from '@/utils/project-phase'

/** The project's cover, the question it answers, and how many really took part. */
export function ProjectHead({ project }: { project: ProjectDetail }) {
  const chip = projectPhaseChip(project.phase)
  return (
    <View className='project-head'>
      {project.cover ? <Image className='project-head__cover' src={imageSrc(project.cover)} mode='aspectFill' /> : null}
      <View className='project-head__body'>
        <View className='project-head__tags'>
          <Tag tone={chip.tone}>{chip.label}</Tag>
          {project.isCoCreator ? <Tag tone='amber'>我是本计划共创官</Tag> : null}
        </View>
        <Text className='project-head__title'>{project.title}</Text>
        <Text className='project-head__question'>「{project.question}」</Text>
        <View className='project-head__meta'>
          <Text className='project-head__figure'>{project.participants} 人参与</Text>
          <Text>{project.ideaCount} 个想法</Text>
          <Text>
            共创官 {project.coCreators.length}/{project.maxCoCreators}
          </Text>
        </View>
      </View>
    </View>
  )
}
