import { Text, View } from '@tarojs/components'
import type { ProjectDetail, TrialRoundView } from '@shared/api'
import type { AppError } from '@/services/app-error'
import { TrialForm } from './trial-form'
import { TrialRound } from './trial-round'

export interface TrialSectionProps {
  project: ProjectDetail
  gate: (run: () => void) => void
  onReported: (round: TrialRoundView) => void
  onRefused: (e: AppError) => void
}

/** 内测: each round of samples, newest first; a co-creator reports on the latest once. */
export function TrialSection({ project, gate, onReported, onRefused }: TrialSectionProps) {
  const rounds = [...project.trialRounds].reverse()
  if (!rounds.length && project.phase !== 'trial') return null
  const latest = rounds[0]
  const canReport = project.phase === 'trial' && project.isCoCreator && latest && !latest.reported
  return (
    <View className='project-section trial-section'>
      <View className='project-section__head'>
        <Text className='project-section__title'>内测反馈</Text>
        <Text className='project-section__note'>{rounds.length} 轮样品</Text>
      </View>
      {canReport ? <TrialForm projectId={project.projectId} round={latest} gate={gate} onReported={onReported} onRefused={onRefused} /> : null}
      {project.phase === 'trial' && project.isCoCreator && latest?.reported ? <Text className='project-section__hint'>你已提交 {latest.version} 的报告，谢谢</Text> : null}
      {rounds.map((r) => (
        <TrialRound key={r.roundId} round={r} />
      ))}
      {!rounds.length ? <Text className='project-section__empty'>样品寄出后，这里会显示每一轮的评分</Text> : null}
    </View>
  )
}
