import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { memberSettings, saveMemberSettings } from '@/services/admin-member'
import { AppError, toAppError } from '@/services/app-error'
import { formToMemberSettings, memberSettingsToForm, REWARD_DAYS_MAX, type MemberSettingsErrors, type MemberSettingsForm } from '@/admin/member-settings'

export type MemberSettingsState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; form: MemberSettingsForm; errors: MemberSettingsErrors; saving: boolean }

/** 成长设置: the 体验官 threshold and the check-in reward table, loaded when the tab first opens. */
export function useMemberSettings(active: boolean) {
  const [state, setState] = useState<MemberSettingsState>({ status: 'idle' })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', form: memberSettingsToForm(await memberSettings()), errors: {}, saving: false })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [])

  useEffect(() => {
    if (active && state.status === 'idle') load()
  }, [active, state.status, load])

  const edit = (change: (form: MemberSettingsForm) => MemberSettingsForm) =>
    setState((s) => (s.status === 'ready' ? { ...s, form: change(s.form), errors: {} } : s))

  const setThreshold = (value: string) => edit((f) => ({ ...f, officerThreshold: value }))
  const setReward = (index: number, key: 'growth' | 'points', value: string) =>
    edit((f) => ({ ...f, rewards: f.rewards.map((r, i) => (i === index ? { ...r, [key]: value } : r)) }))
  const addDay = () =>
    edit((f) => (f.rewards.length >= REWARD_DAYS_MAX ? f : { ...f, rewards: [...f.rewards, { ...(f.rewards[f.rewards.length - 1] ?? { growth: '2', points: '5' }) }] }))
  const removeDay = (index: number) => edit((f) => (f.rewards.length <= 1 ? f : { ...f, rewards: f.rewards.filter((_, i) => i !== index) }))

  const save = async () => {
    if (state.status !== 'ready' || state.saving) return
    const checked = formToMemberSettings(state.form)
    if (!checked.ok) {
      setState({ ...state, errors: checked.errors })
      const first = checked.errors.officerThreshold ?? checked.errors.table ?? Object.values(checked.errors.rewards ?? {})[0]
      Taro.showToast({ title: first ?? '请检查设置', icon: 'none' })
      return
    }
    setState({ ...state, saving: true })
    try {
      const saved = await saveMemberSettings(checked.settings)
      setState({ status: 'ready', form: memberSettingsToForm(saved), errors: {}, saving: false })
      Taro.showToast({ title: '设置已保存', icon: 'success' })
    } catch (e) {
      setState((s) => (s.status === 'ready' ? { ...s, saving: false } : s))
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    }
  }

  return { state, load, setThreshold, setReward, addDay, removeDay, save }
}
