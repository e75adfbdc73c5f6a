import { Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { timelineSteps } from '@/utils/project-phase'

/** 需求征集 → 共创官招募 → 方案共创 → 内测 → 上市, the phase in force highlighted. */
export function ProjectTimeline({ project }: { project: ProjectDetail }) {
  return (
    <View className='project-timeline'>
      {timelineSteps(project.timeline, project.phase).map((step, i) => (
        <View key={step.phase} className={`project-timeline__step project-timeline__step--${step.state}`} data-phase={step.phase}>
          <View className='project-timeline__dot'>
            <Text className='project-timeline__no'>{step.state === 'done' ? '✓' : i + 1}</Text>
          </View>
          <Text className='project-timeline__label'>{step.label}</Text>
          <Text className='project-timeline__date'>{step.state === 'now' ? '进行中' : step.date}</Text>
        </View>
      ))}
    </View>
  )
}
