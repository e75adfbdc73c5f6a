import { Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { RulesItems } from './rules-items'

/** 规则先行: the rules on the page, and where the caller stands with them. */
export function ProjectRulesCard({ project, onRead }: { project: ProjectDetail; onRead: () => void }) {
  const changed = !project.accepted && project.acceptedVersion !== null
  return (
    <View className='project-section project-rules'>
      <View className='project-section__head'>
        <Text className='project-section__title'>规则先行</Text>
        <Text className='project-section__note'>第 {project.rulesVersion} 版</Text>
      </View>
      {changed ? <Text className='project-rules__changed'>规则已更新，下次参与前请重新阅读并同意</Text> : null}
      <RulesItems rules={project.rules} />
      {project.accepted ? (
        <Text className='project-rules__ok'>✓ 你已同意本版规则</Text>
      ) : (
        <Text className='project-rules__read' onClick={onRead}>
          阅读并同意规则
        </Text>
      )}
    </View>
  )
}
