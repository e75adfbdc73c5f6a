import { Button, View } from '@tarojs/components'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { PageShell } from '@/components/page-shell'
import { adminProjectPath } from '@/utils/project-admin-paths'
import { ProjectFormView } from './project-form-view'
import { useProjectEditor } from './use-project-editor'
import './index.scss'

/** 新建 / 编辑共创计划. A new project is saved as a draft and opens in its console. */
export default function ProjectEditPage() {
  const projectId = useRouter().params.id || undefined
  const onSaved = useCallback(
    (id: string) => {
      if (projectId) setTimeout(() => Taro.navigateBack(), 600)
      else setTimeout(() => Taro.redirectTo({ url: '/' + adminProjectPath(id) }), 600)
    },
    [projectId],
  )
  const { state, load, update, save } = useProjectEditor(projectId, onSaved)
  useLoad(() => {
    if (!projectId) Taro.setNavigationBarTitle({ title: '新建共创计划' })
    load()
  })

  return (
    <PageShell className='project-edit'>
      <AdminPageHead
        title={projectId ? '编辑共创计划' : '新建共创计划'}
        note={projectId ? '改动规则会生成新版本，参与者需重新同意' : '保存为草稿，在运营页发布后会员可见'}
      />
      {state.status === 'loading' ? (
        <View className='project-form__section skeleton-block project-edit__skeleton' />
      ) : state.status === 'error' ? (
        <AdminError error={state.error} onRetry={load} />
      ) : (
        <>
          <ProjectFormView form={state.form} errors={state.errors} update={update} editing={Boolean(projectId)} />
          <View className='project-edit__bar'>
            <Button className='project-editor__save' disabled={state.saving || undefined} onClick={save}>
              {state.saving ? '保存中…' : projectId ? '保存修改' : '保存草稿'}
            </Button>
          </View>
        </>
      )}
    </PageShell>
  )
}
