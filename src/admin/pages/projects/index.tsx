import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { FilterChips } from '@/admin/components/filter-chips'
import { projectsByStage, STAGE_FILTERS, type ProjectStage } from '@/admin/project-console'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openAdminProject, openAdminProjectEdit } from '@/routes'
import { ProjectAdminCard } from './project-admin-card'
import { useAdminProjects } from './use-admin-projects'
import './index.scss'

/** 共创计划: every project (drafts too) by phase, and 新建. */
export default function AdminProjectsPage() {
  const projects = useAdminProjects()
  const [stage, setStage] = useState<ProjectStage | undefined>(undefined)
  useRefreshOnShow(projects.reload)
  const { state } = projects
  return (
    <PageShell className='admin-projects'>
      <AdminPageHead title='共创计划' note='规则先行 · 需求征集 → 招募 → 方案 → 内测 → 上市' />
      {state.status === 'loading' ? (
        <View className='project-admin-card project-admin-card--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <AdminError error={state.error} onRetry={() => projects.reload()} />
      ) : (
        <View className='admin-projects__list'>
          <Text className='admin-projects__new' onClick={() => openAdminProjectEdit()}>
            ＋ 新建共创计划
          </Text>
          <FilterChips options={STAGE_FILTERS} value={stage} onChange={setStage} />
          {projectsByStage(state.data, stage).map((p) => (
            <ProjectAdminCard key={p.projectId} project={p} onOpen={() => openAdminProject(p.projectId)} onEdit={() => openAdminProjectEdit(p.projectId)} />
          ))}
          {!projectsByStage(state.data, stage).length ? (
            <StatusView kind='empty' title={stage ? '这个阶段没有共创计划' : '还没有共创计划'} message='新建一个，先写清规则，再邀请会员一起做产品' />
          ) : null}
        </View>
      )}
    </PageShell>
  )
}
