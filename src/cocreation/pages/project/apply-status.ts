import type { ProjectDetail, Tier } from '@shared/api'

export type ApplyStage = 'cocreator' | 'pending' | 'declined' | 'locked' | 'form' | 'closed' | 'none'

/** What the 申请成为产品共创官 part shows for the caller. */
export function applyStage(project: Pick<ProjectDetail, 'phase' | 'isCoCreator' | 'application'>, tier: Tier | null): ApplyStage {
  if (project.isCoCreator) return 'cocreator'
  if (project.application?.status === 'pending') return project.phase === 'recruiting' ? 'pending' : 'closed'
  if (project.application?.status === 'declined') return 'declined'
  if (project.phase !== 'recruiting') return 'none'
  if (tier === 'explorer') return 'locked'
  return 'form'
}
