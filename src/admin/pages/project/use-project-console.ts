import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ProjectDetail } from '@shared/api'
import { useReloadable } from '@/hooks/use-reloadable'
import { getProject } from '@/services/admin-cocreation'
import { AppError, toAppError } from '@/services/app-error'
import { viewer } from '@/services/viewer'

/** One project as the brand runs it, and a runner for its actions (one at a time, then a quiet reload). */
export function useProjectConsole(projectId: string | undefined) {
  const load = useCallback(async (): Promise<ProjectDetail> => {
    const [me, project] = await Promise.all([viewer(), getProject(projectId as string)])
    if (!me.isAdmin) throw new AppError('FORBIDDEN')
    return project
  }, [projectId])
  const project = useReloadable(projectId ? load : undefined)
  const [busy, setBusy] = useState<string | null>(null)

  /** Runs one action (`key` marks what is busy); a toast says it worked or why not. Resolves true on success. */
  const run = useCallback(
    async (key: string, done: string, work: () => Promise<unknown>): Promise<boolean> => {
      if (busy) return false
      setBusy(key)
      try {
        await work()
        Taro.showToast({ title: done, icon: 'success' })
        await project.reload(true)
        return true
      } catch (e) {
        Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
        return false
      } finally {
        setBusy(null)
      }
    },
    [busy, project],
  )

  return { project, busy, run }
}

export type ConsoleRun = ReturnType<typeof useProjectConsole>['run']
