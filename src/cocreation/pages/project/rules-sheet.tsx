import { Button, ScrollView, Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { RulesItems } from './rules-items'
import './rules-sheet.scss'

export interface RulesSheetProps {
  project: ProjectDetail
  accepting: boolean
  onAccept: () => void
  onClose: () => void
}

/** Shown before a first contribution, and again after the rules changed. */
export function RulesSheet({ project, accepting, onAccept, onClose }: RulesSheetProps) {
  const changed = project.acceptedVersion !== null && !project.accepted
  return (
    <View className='rules-sheet'>
      <View className='rules-sheet__mask' onClick={onClose} />
      <View className='rules-sheet__panel'>
        <Text className='rules-sheet__title'>{changed ? '共创规则已更新' : '参与前，先看规则'}</Text>
        <Text className='rules-sheet__note'>
          《{project.title}》共创规则 · 第 {project.rulesVersion} 版{changed ? `（你同意过第 ${project.acceptedVersion} 版）` : ''}
        </Text>
        <ScrollView scrollY className='rules-sheet__body'>
          <RulesItems rules={project.rules} />
        </ScrollView>
        <View className='rules-sheet__actions'>
          <Button className='rules-sheet__cancel' onClick={onClose}>
            再想想
          </Button>
          <Button className='rules-sheet__accept' disabled={accepting || undefined} onClick={onAccept}>
            {accepting ? '提交中…' : '同意规则'}
          </Button>
        </View>
      </View>
    </View>
  )
}
