import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { ProjectApplicationView, ProjectDetail } from '@shared/api'
import { toggleCoCreator } from '@/admin/project-console'
import { useReloadable } from '@/hooks/use-reloadable'
import { projectApplications, selectCoCreators } from '@/services/admin-cocreation'
import type { ConsoleRun } from './use-project-console'

/** 共创官招募: the applications, the ticked ones (those already selected to start with), and 确认入选. */
export function useApplications(project: ProjectDetail, run: ConsoleRun) {
  const { projectId, maxCoCreators } = project
  const load = useCallback(() => projectApplications(projectId), [projectId])
  const list = useReloadable<ProjectApplicationView[]>(load)
  const [selected, setSelected] = useState<string[]>([])
  const { reload } = list
  useEffect(() => {
    reload()
  }, [reload])
  useEffect(() => {
    if (list.state.status === 'ready') setSelected(list.state.data.filter((a) => a.status === 'selected').map((a) => a.openid))
  }, [list.state])

  const toggle = (openid: string) => {
    const next = toggleCoCreator(selected, openid, maxCoCreators)
    if (next.full) Taro.showToast({ title: `最多选 ${maxCoCreators} 位共创官`, icon: 'none' })
    setSelected(next.selected)
  }

  const confirm = async () => {
    if (!selected.length) return
    const { confirm: ok } = await Taro.showModal({
      title: '确认入选',
      content: `选出 ${selected.length} 位产品共创官。还不是共创官的会员将升为共创官，并记录原因。`,
      confirmText: '确认入选',
    })
    if (ok && (await run('select', '已确认入选', () => selectCoCreators(projectId, selected)))) reload(true)
  }

  return { list, selected, toggle, confirm }
}
