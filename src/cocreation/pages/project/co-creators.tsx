import { Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { Avatar } from '@/components/avatar'

/** The project's 产品共创官, once the brand selected them. */
export function CoCreators({ project }: { project: ProjectDetail }) {
  if (!project.coCreators.length) return null
  return (
    <View className='project-section co-creators'>
      <View className='project-section__head'>
        <Text className='project-section__title'>产品共创官</Text>
        <Text className='project-section__note'>
          {project.coCreators.length}/{project.maxCoCreators} 位
        </Text>
      </View>
      <View className='co-creators__list'>
        {project.coCreators.map((c, i) => (
          <View key={`${c.nickname}-${i}`} className='co-creators__item'>
            <Avatar src={c.avatar} name={c.nickname} size='md' />
            <Text className='co-creators__name'>{c.nickname}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
