import type { ProjectCard, ProjectPhase, ProjectTimeline } from '@shared/api'
import { PHASE_LABELS, PHASES } from '@shared/domain/cocreation'
import { formatDate } from './format'
import type { StatusChip } from './order-status'

export const PROJECT_GROUPS: { key: ProjectCard['group']; title: string; note: string }[] = [
  { key: 'open', title: '进行中的征集', note: '说出你的想法，或申请成为产品共创官' },
  { key: 'in_progress', title: '共创中', note: '共创官们正在打磨方案和样品' },
  { key: 'launched', title: '已上市', note: '由社群一起做出来的产品' },
]

/** The list's sections in order, leaving out the empty ones. */
export function groupProjects<P extends Pick<ProjectCard, 'group'>>(projects: P[]): { key: ProjectCard['group']; title: string; note: string; items: P[] }[] {
  return PROJECT_GROUPS.map((g) => ({ ...g, items: projects.filter((p) => p.group === g.key) })).filter((g) => g.items.length)
}

const CHIP_TONE: Record<ProjectPhase, StatusChip['tone']> = {
  ideas: 'green',
  recruiting: 'amber',
  proposals: 'amber',
  trial: 'amber',
  launched: 'berry',
}

export function projectPhaseChip(phase: ProjectPhase | 'draft'): StatusChip {
  if (phase === 'draft') return { label: '草稿', tone: 'plain' }
  return { label: PHASE_LABELS[phase] ?? phase, tone: CHIP_TONE[phase] ?? 'plain' }
}

export interface TimelineStep {
  phase: ProjectPhase
  label: string
  date: string
  state: 'done' | 'now' | 'next'
}

/** The five phases with their planned dates: those before the one in force are done. */
export function timelineSteps(timeline: ProjectTimeline, phase: ProjectPhase | 'draft'): TimelineStep[] {
  const now = phase === 'draft' ? -1 : PHASES.indexOf(phase)
  return PHASES.map((p, i) => ({
    phase: p,
    label: PHASE_LABELS[p],
    date: timeline?.[p] ? formatDate(timeline[p]) : '',
    state: i < now ? 'done' : i === now ? 'now' : 'next',
  }))
}
