import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ProjectDetail } from '@shared/api'
import { RulesItems } from './rules-items'

/** 规则先行: the rules in full until the caller accepted them; after that, one line that unfolds. */
export function ProjectRulesCard({ project, onRead }: { project: ProjectDetail; onRead: () => void }) {
  const [unfolded, setUnfolded] = useState(false)
  const changed = !project.accepted && project.acceptedVersion !== null
  const full = !project.accepted || unfolded
  return (
    <View className={`project-section project-rules ${full ? '' : 'project-rules--folded'}`}>
      <View className='project-section__head' onClick={() => project.accepted && setUnfolded(!unfolded)}>
        <Text className='project-section__title'>规则先行</Text>
        <Text className='project-section__note'>
          第 {project.rulesVersion} 版{project.accepted ? (unfolded ? ' · 收起' : ' · ✓ 已同意 · 展开') : ''}
        </Text>
      </View>
      {changed ? <Text className='project-rules__changed'>规则已更新，下次参与前请重新阅读并同意</Text> : null}
      {full ? <RulesItems rules={project.rules} /> : null}
      {project.accepted ? null : (
        <Text className='project-rules__read' onClick={onRead}>
          阅读并同意规则
        </Text>
      )}
    </View>
  )
}
