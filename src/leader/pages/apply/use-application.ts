import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { DistributorApplicationView } from '@shared/api'
import { application, apply } from '@/services/distribution'
import { AppError, toAppError } from '@/services/app-error'
import { applyStage, checkApplication, type ApplicationErrors, type ApplicationForm, type ApplyStage } from './application-form'

export type ApplicationState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | {
      status: 'ready'
      stage: ApplyStage
      application: DistributorApplicationView | null
      form: ApplicationForm
      errors: ApplicationErrors
      submitting: boolean
    }

const EMPTY: ApplicationForm = { realName: '', reason: '' }

/** The caller's application: where it stands, and the form to file (or file again). */
export function useApplication() {
  const [state, setState] = useState<ApplicationState>({ status: 'loading' })

  const load = useCallback(async (quiet = false) => {
    if (!quiet) setState({ status: 'loading' })
    try {
      const res = await application()
      const form = res.application ? { realName: res.application.realName, reason: res.application.reason } : EMPTY
      setState({ status: 'ready', stage: applyStage(res.application, res.isDistributor), application: res.application, form, errors: {}, submitting: false })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [])

  const update = (key: keyof ApplicationForm, value: string) =>
    setState((s) => (s.status === 'ready' ? { ...s, form: { ...s.form, [key]: value }, errors: { ...s.errors, [key]: undefined } } : s))

  /** 重新申请 after a rejection: the form again, as it was filed. */
  const reapply = () => setState((s) => (s.status === 'ready' ? { ...s, stage: 'form' } : s))

  const submit = async () => {
    if (state.status !== 'ready' || state.submitting) return
    const checked = checkApplication(state.form)
    if (!checked.ok) {
      setState({ ...state, errors: checked.errors })
      return
    }
    setState({ ...state, submitting: true })
    try {
      await apply(checked.value.realName, checked.value.reason)
      Taro.showToast({ title: '申请已提交', icon: 'success' })
      await load(true)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
      setState((s) => (s.status === 'ready' ? { ...s, submitting: false } : s))
    }
  }

  return { state, load, update, reapply, submit }
}
