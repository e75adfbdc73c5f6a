import type { ProjectDetail } from '@shared/api'
import type { TabItem } from '@/components/tabs'

export type ConsoleTab = 'ideas' | 'applications' | 'proposals' | 'trial' | 'launch' | 'rewards'

/** The console's tabs, each counting what it holds. */
export function consoleTabs(p: ProjectDetail): TabItem<ConsoleTab>[] {
  return [
    { key: 'ideas', label: '想法', badge: p.ideas.length },
    { key: 'applications', label: '报名' },
    { key: 'proposals', label: '方案', badge: p.proposals.length },
    { key: 'trial', label: '内测', badge: p.trialRounds.length },
    { key: 'launch', label: '上市' },
    { key: 'rewards', label: '奖励' },
  ]
}

/** The tab of the phase in force: where the brand's work is now. */
export function tabOfPhase(phase: ProjectDetail['phase']): ConsoleTab {
  const map = { draft: 'ideas', ideas: 'ideas', recruiting: 'applications', proposals: 'proposals', trial: 'trial', launched: 'rewards' } as const
  return map[phase]
}
