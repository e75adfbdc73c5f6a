import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import {
  formToFulfilmentSettings,
  fulfilmentSettingsToForm,
  type FulfilmentSettingsErrors,
  type FulfilmentSettingsForm,
} from '@/admin/fulfilment-settings'
import { AppError, toAppError } from '@/services/app-error'
import { fulfilmentSettings, saveFulfilmentSettings } from '@/services/fulfilment'

export type FulfilmentSettingsState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; form: FulfilmentSettingsForm; errors: FulfilmentSettingsErrors; saving: boolean }

/** 收货与售后 settings: loaded when the tab first opens, checked, saved. */
export function useFulfilmentSettings(active: boolean) {
  const [state, setState] = useState<FulfilmentSettingsState>({ status: 'idle' })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', form: fulfilmentSettingsToForm(await fulfilmentSettings()), errors: {}, saving: false })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [])

  useEffect(() => {
    if (active && state.status === 'idle') load()
  }, [active, state.status, load])

  const update = (key: keyof FulfilmentSettingsForm, value: string) =>
    setState((s) => (s.status === 'ready' ? { ...s, form: { ...s.form, [key]: value }, errors: { ...s.errors, [key]: undefined } } : s))

  const save = async () => {
    if (state.status !== 'ready' || state.saving) return
    const checked = formToFulfilmentSettings(state.form)
    if (!checked.ok) {
      setState({ ...state, errors: checked.errors })
      return
    }
    setState({ ...state, saving: true })
    try {
      const saved = await saveFulfilmentSettings(checked.settings)
      setState({ status: 'ready', form: fulfilmentSettingsToForm(saved), errors: {}, saving: false })
      Taro.showToast({ title: '设置已保存', icon: 'success' })
    } catch (e) {
      setState((s) => (s.status === 'ready' ? { ...s, saving: false } : s))
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    }
  }

  return { state, load, update, save }
}
