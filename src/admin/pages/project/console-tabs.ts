import type { ProjectDetail } from '@shared/api'
import type { TabItem } from '@/components/tabs'

export type ConsoleTab = 'ideas' | 'applications' | 'proposals' | 'trial' | 'launch' | 'rewards'

const counted = (label: string, n: number) => (n ? `${label} ${n}` : label)

/** The console's tabs, each counting what it holds. */
export function consoleTabs(p: ProjectDetail): TabItem<ConsoleTab>[] {
  return [
    { key: 'ideas', label: counted('想法', p.ideas.length) },
    { key: 'applications', label: '报名' },
    { key: 'proposals', label: counted('方案', p.proposals.length) },
    { key: 'trial', label: counted('内测', p.trialRounds.length) },
    { key: 'launch', label: '上市' },
    { key: 'rewards', label: '奖励' },
  ]
}

/** The tab of the phase in force: where the brand's work is now. */
export function tabOfPhase(phase: ProjectDetail['phase']): ConsoleTab {
  const map = { draft: 'ideas', ideas: 'ideas', recruiting: 'applications', proposals: 'proposals', trial: 'trial', launched: 'rewards' } as const
  return map[phase]
}
