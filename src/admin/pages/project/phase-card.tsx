import { Button, Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { PHASE_LABELS, PHASES } from '@shared/domain/cocreation'
import { nextPhaseText, stageLabel } from '@/admin/project-console'
import { formatDate } from '@/utils/format'

/** The phase in force on the timeline, the rules version, and 进入下一阶段. */
export function PhaseCard({ project, busy, onNext, onEdit }: { project: ProjectDetail; busy: boolean; onNext: () => void; onEdit: () => void }) {
  const now = project.phase === 'draft' ? -1 : PHASES.indexOf(project.phase)
  const next = nextPhaseText(project.phase)
  return (
    <View className={`project-console__phase project-console__phase--${project.phase}`}>
      <View className='project-console__phase-head'>
        <View className='project-console__phase-title'>
          <Text className='project-console__title'>{project.title}</Text>
          <Text className='project-console__question'>{project.question}</Text>
        </View>
      </View>
      <View className='project-console__steps'>
        {PHASES.map((phase, i) => (
          <View key={phase} className={`project-console__step ${i < now ? 'project-console__step--done' : i === now ? 'project-console__step--now' : ''}`} data-phase={phase}>
            <Text className='project-console__dot'>{i < now ? '✓' : i + 1}</Text>
            <Text className='project-console__step-label'>{PHASE_LABELS[phase]}</Text>
            <Text className='project-console__step-date'>{formatDate(project.timeline[phase])}</Text>
          </View>
        ))}
      </View>
      <View className='project-console__facts-row'>
        <Text className='project-console__facts'>
          现在：{stageLabel(project.phase)} · 规则第 {project.rulesVersion} 版 · {project.participants} 人参与 · 共创官 {project.coCreators.length}/{project.maxCoCreators}
        </Text>
        <Text className='project-console__edit' onClick={onEdit}>
          编辑
        </Text>
      </View>
      {next ? (
        <Button className='project-console__next-phase' disabled={busy || undefined} onClick={onNext}>
          {busy ? '处理中…' : next}
        </Button>
      ) : project.phase === 'trial' ? (
        <Text className='project-console__hint'>内测结束后，在「上市」里关联拼团活动即进入上市</Text>
      ) : null}
    </View>
  )
}
