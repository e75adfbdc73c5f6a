import Taro from '@tarojs/taro'
import { useState } from 'react'
import { savePoll } from '@/services/admin-polls'
import { toAppError } from '@/services/app-error'
import { emptyPollForm, formToPollDraft, OPTIONS_MAX, OPTIONS_MIN, type PollForm, type PollFormErrors } from '@/admin/poll-form'

/** The new-poll form: typed, checked, saved through admin.savePoll. */
export function usePollForm(onSaved: () => void) {
  const [form, setForm] = useState<PollForm>(() => emptyPollForm(new Date()))
  const [errors, setErrors] = useState<PollFormErrors>({})
  const [saving, setSaving] = useState(false)

  const edit = (change: (f: PollForm) => PollForm, field?: keyof PollFormErrors) => {
    setForm(change)
    if (field) setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const set = <K extends keyof PollForm>(key: K, value: PollForm[K], field?: keyof PollFormErrors) => edit((f) => ({ ...f, [key]: value }), field)
  const setOption = (index: number, label: string) => edit((f) => ({ ...f, options: f.options.map((o, i) => (i === index ? label : o)) }), 'options')
  const addOption = () => edit((f) => (f.options.length >= OPTIONS_MAX ? f : { ...f, options: [...f.options, ''] }), 'options')
  const removeOption = (index: number) =>
    edit((f) => {
      if (f.options.length <= OPTIONS_MIN) return f
      const options = f.options.filter((_, i) => i !== index)
      return { ...f, options, maxChoices: String(Math.min(Number(f.maxChoices) || 1, options.length)) }
    }, 'options')

  const reset = () => {
    setForm(emptyPollForm(new Date()))
    setErrors({})
  }

  const save = async () => {
    if (saving) return
    const checked = formToPollDraft(form)
    if (!checked.ok) {
      setErrors(checked.errors)
      Taro.showToast({ title: Object.values(checked.errors)[0] ?? '请检查投票内容', icon: 'none' })
      return
    }
    setSaving(true)
    try {
      await savePoll(checked.draft)
      Taro.showToast({ title: '投票已发布', icon: 'success' })
      reset()
      onSaved()
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setSaving(false)
    }
  }

  return { form, errors, saving, set, setOption, addOption, removeOption, save, reset }
}
