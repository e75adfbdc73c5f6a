import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { ProjectDetail, Tier } from '@shared/api'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { getProject, upvoteIdea } from '@/services/cocreation'
import { toAppError, type AppError } from '@/services/app-error'
import { me } from '@/services/member'
import { upvoteRolledBack, upvoteSettled, upvotedNow } from '@/utils/idea-upvote'
import { useRulesGate } from './use-rules-gate'

/** One project: read, refreshed when the page comes back, the rules gate, and the caller's tier. */
export function useProject(projectId: string | undefined) {
  const load = useCallback(() => getProject(projectId as string), [projectId])
  const { state, reload, update } = useReloadable(projectId ? load : undefined)
  useRefreshOnShow(reload)
  const project = state.status === 'ready' ? state.data : undefined
  const [tier, setTier] = useState<Tier | null>(null)
  useEffect(() => {
    me().then((m) => setTier(m.tier), () => undefined)
  }, [])

  const rules = useRulesGate(project, (acceptedVersion) => update((p) => ({ ...p, accepted: true, acceptedVersion })))

  /** After a refused contribution: rules changed or the phase moved on, so read the project again. */
  const onRefused = (error: AppError) => {
    if (error.code === 'RULES_NOT_ACCEPTED') {
      update((p) => ({ ...p, accepted: false }))
      rules.show()
    }
    if (['RULES_NOT_ACCEPTED', 'PHASE_CLOSED', 'NOT_PROJECT_COCREATOR'].includes(error.code)) reload(true)
  }

  /** Upvotes at once on screen; the server's count lands after, or the tap is undone. */
  const upvote = (ideaId: string) =>
    rules.gate(async () => {
      const before = project?.ideas.find((i) => i.ideaId === ideaId)
      if (!before || before.upvoted) return
      update((p) => ({ ...p, ideas: upvotedNow(p.ideas, ideaId) }))
      try {
        const { upvotes } = await upvoteIdea(ideaId)
        update((p) => ({ ...p, ideas: upvoteSettled(p.ideas, ideaId, upvotes) }))
      } catch (e) {
        const error = toAppError(e)
        update((p) => ({ ...p, ideas: upvoteRolledBack(p.ideas, before) }))
        Taro.showToast({ title: error.message, icon: 'none' })
        onRefused(error)
      }
    })

  const patch = (change: (p: ProjectDetail) => ProjectDetail) => update(change)

  return { state, reload, project, tier, rules, upvote, patch, onRefused }
}
