import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { CoCreatorApplicationView, MeOutput } from '@shared/api'
import { applyCoCreator, coCreatorApplication, me } from '@/services/member'
import { AppError, toAppError } from '@/services/app-error'
import { checkCoCreatorForm, coCreatorStage, type CoCreatorErrors, type CoCreatorForm, type CoCreatorStage } from './co-creator-form'

export type CoCreatorApplyState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | {
      status: 'ready'
      me: MeOutput
      stage: CoCreatorStage
      application: CoCreatorApplicationView | null
      form: CoCreatorForm
      errors: CoCreatorErrors
      submitting: boolean
    }

const EMPTY: CoCreatorForm = { statement: '', expertise: [], agreed: false }

/** The caller's tier and application: who may apply, the form, and where it stands. */
export function useCoCreatorApply() {
  const [state, setState] = useState<CoCreatorApplyState>({ status: 'loading' })

  const load = useCallback(async (quiet = false) => {
    if (!quiet) setState({ status: 'loading' })
    try {
      const [profile, application] = await Promise.all([me(), coCreatorApplication()])
      const form = application ? { statement: application.statement, expertise: application.expertise, agreed: false } : EMPTY
      setState({ status: 'ready', me: profile, stage: coCreatorStage(profile.tier, application), application, form, errors: {}, submitting: false })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [])

  const update = <K extends keyof CoCreatorForm>(key: K, value: CoCreatorForm[K]) =>
    setState((s) => (s.status === 'ready' ? { ...s, form: { ...s.form, [key]: value }, errors: { ...s.errors, [key]: undefined } } : s))

  const reapply = () => setState((s) => (s.status === 'ready' ? { ...s, stage: 'form', errors: {} } : s))

  const submit = async () => {
    if (state.status !== 'ready' || state.submitting) return
    const checked = checkCoCreatorForm(state.form)
    if (!checked.ok) {
      setState({ ...state, errors: checked.errors })
      Taro.showToast({ title: Object.values(checked.errors)[0] ?? '请检查申请内容', icon: 'none' })
      return
    }
    setState({ ...state, submitting: true })
    try {
      await applyCoCreator(checked.value)
      Taro.showToast({ title: '申请已提交', icon: 'success' })
      await load(true)
    } catch (e) {
      setState((s) => (s.status === 'ready' ? { ...s, submitting: false } : s))
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    }
  }

  return { state, load, update, reapply, submit }
}
