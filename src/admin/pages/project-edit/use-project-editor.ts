import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ProjectRules } from '@shared/api'
import { emptyProjectForm, formToProjectDraft, projectToForm, rulesChanged, type ProjectForm, type ProjectFormErrors } from '@/admin/project-form'
import { getProject, saveProject } from '@/services/admin-cocreation'
import { AppError, toAppError } from '@/services/app-error'
import { viewer } from '@/services/viewer'

export type ProjectEditorState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; form: ProjectForm; errors: ProjectFormErrors; saving: boolean; savedRules?: ProjectRules; rulesVersion?: number }

/** The project editor: a new project or one to edit; checked, then saved through admin.saveProject. */
export function useProjectEditor(projectId: string | undefined, onSaved: (projectId: string) => void) {
  const [state, setState] = useState<ProjectEditorState>({ status: 'loading' })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      if (!(await viewer()).isAdmin) throw new AppError('FORBIDDEN')
      if (!projectId) return setState({ status: 'ready', form: emptyProjectForm(new Date()), errors: {}, saving: false })
      const project = await getProject(projectId)
      setState({ status: 'ready', form: projectToForm(project), errors: {}, saving: false, savedRules: project.rules, rulesVersion: project.rulesVersion })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [projectId])

  /** Changes the form; `clear` names the errors the change answers. */
  const update = useCallback((change: (f: ProjectForm) => ProjectForm, ...clear: string[]) => {
    setState((s) => {
      if (s.status !== 'ready') return s
      const errors = { ...s.errors }
      clear.forEach((k) => delete errors[k])
      return { ...s, form: change(s.form), errors }
    })
  }, [])

  const save = useCallback(async () => {
    if (state.status !== 'ready' || state.saving) return
    const checked = formToProjectDraft(state.form)
    if (!checked.ok) {
      setState({ ...state, errors: checked.errors })
      Taro.showToast({ title: Object.values(checked.errors)[0] ?? '请检查表单', icon: 'none' })
      setTimeout(() => Taro.pageScrollTo({ selector: '.project-form__field--invalid', offsetTop: -120, duration: 200 }), 50)
      return
    }
    if (rulesChanged(state.savedRules, state.form.rules)) {
      const { confirm } = await Taro.showModal({
        title: '规则有改动',
        content: `保存后生成第 ${(state.rulesVersion ?? 1) + 1} 版规则，已参与的会员需重新同意后才能继续贡献。`,
        confirmText: '保存新版',
      })
      if (!confirm) return
    }
    setState({ ...state, saving: true })
    try {
      const project = await saveProject(checked.draft, projectId)
      Taro.showToast({ title: '已保存', icon: 'success' })
      onSaved(project.projectId)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setState((s) => (s.status === 'ready' ? { ...s, saving: false } : s))
    }
  }, [state, projectId, onSaved])

  return { state, load, update, save }
}
