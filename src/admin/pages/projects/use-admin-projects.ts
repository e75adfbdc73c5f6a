import { useCallback } from 'react'
import type { ProjectCard } from '@shared/api'
import { useReloadable } from '@/hooks/use-reloadable'
import { listProjects } from '@/services/admin-cocreation'
import { AppError } from '@/services/app-error'
import { viewer } from '@/services/viewer'

/** Every project, drafts included, all pages read. Anyone may list projects, so a shopper is stopped here (FORBIDDEN). */
export function useAdminProjects() {
  const load = useCallback(async (): Promise<ProjectCard[]> => {
    const [me, first] = await Promise.all([viewer(), listProjects()])
    if (!me.isAdmin) throw new AppError('FORBIDDEN')
    const items = [...first.items]
    for (let cursor = first.cursor; cursor; ) {
      const page = await listProjects(cursor)
      items.push(...page.items)
      cursor = page.cursor
    }
    return items
  }, [])
  return useReloadable(load)
}
