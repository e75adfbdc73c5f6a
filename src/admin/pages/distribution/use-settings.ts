import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { distributionSettings, saveDistributionSettings } from '@/services/admin'
import { AppError, toAppError } from '@/services/app-error'
import { formToSettings, settingsToForm, type SettingsErrors, type SettingsForm } from '@/admin/distribution-settings'

export type SettingsState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; form: SettingsForm; errors: SettingsErrors; saving: boolean }

/** The distribution settings form: loaded when its tab first opens, checked, saved. */
export function useSettings(active: boolean) {
  const [state, setState] = useState<SettingsState>({ status: 'idle' })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', form: settingsToForm(await distributionSettings()), errors: {}, saving: false })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [])

  useEffect(() => {
    if (active && state.status === 'idle') load()
  }, [active, state.status, load])

  const update = (key: keyof SettingsForm, value: string) =>
    setState((s) => (s.status === 'ready' ? { ...s, form: { ...s.form, [key]: value }, errors: { ...s.errors, [key]: undefined } } : s))

  const save = async () => {
    if (state.status !== 'ready' || state.saving) return
    const checked = formToSettings(state.form)
    if (!checked.ok) {
      setState({ ...state, errors: checked.errors })
      Taro.showToast({ title: Object.values(checked.errors)[0] ?? '请检查设置', icon: 'none' })
      return
    }
    setState({ ...state, saving: true })
    try {
      const saved = await saveDistributionSettings(checked.settings)
      setState({ status: 'ready', form: settingsToForm(saved), errors: {}, saving: false })
      Taro.showToast({ title: '设置已保存', icon: 'success' })
    } catch (e) {
      setState((s) => (s.status === 'ready' ? { ...s, saving: false } : s))
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    }
  }

  return { state, load, update, save }
}
