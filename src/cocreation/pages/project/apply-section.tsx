import { Text, View } from '@tarojs/components'
import type { ProjectDetail, Tier } from '@shared/api'
import { openGrowth } from '@/routes'
import type { AppError } from '@/services/app-error'
import { ApplyForm } from './apply-form'
import { applyStage } from './apply-status'

export interface ApplySectionProps {
  project: ProjectDetail
  tier: Tier | null
  gate: (run: () => void) => void
  onApplied: (status: 'pending' | 'selected' | 'declined') => void
  onRefused: (e: AppError) => void
}

const NOTES: Record<string, { text: string; tone: string }> = {
  cocreator: { text: '你是本计划的产品共创官：提方案、参与内测，你的名字会出现在产品故事里', tone: 'green' },
  pending: { text: '申请已提交，品牌正在挑选本计划的产品共创官', tone: 'amber' },
  closed: { text: '招募已结束，这次没有入选。感谢你的申请，下个计划见', tone: 'plain' },
  declined: { text: '这次没有入选，感谢你的申请。你的想法和点赞依然算作贡献', tone: 'plain' },
}

/** 共创官招募: the form for 体验官 and above, a clear word for others, or where my application stands. */
export function ApplySection({ project, tier, gate, onApplied, onRefused }: ApplySectionProps) {
  const stage = applyStage(project, tier)
  if (stage === 'none') return null
  return (
    <View className='project-section apply-section'>
      {stage === 'form' ? (
        <ApplyForm projectId={project.projectId} gate={gate} onApplied={onApplied} onRefused={onRefused} />
      ) : stage === 'locked' ? (
        <View className='apply-section__locked'>
          <Text className='apply-section__locked-title'>申请需要「体验官」及以上等级</Text>
          <Text className='apply-section__locked-text'>签到、投票、晒单都能积累成长值。现在你仍可以点赞想法、关注进展。</Text>
          <Text className='apply-section__link' onClick={openGrowth}>
            看看我的成长值 ›
          </Text>
        </View>
      ) : (
        <Text className={`apply-section__note apply-section__note--${NOTES[stage].tone}`}>{NOTES[stage].text}</Text>
      )}
    </View>
  )
}
