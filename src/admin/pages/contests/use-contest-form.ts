import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ContestView } from '@shared/api'
import { contestToForm, emptyContestForm, formToContestDraft, type ContestForm, type ContestFormErrors } from '@/admin/contest-form'
import { toAppError } from '@/services/app-error'
import { saveContest } from '@/services/contests'

/** The contest form: a new contest, or one not ended yet to edit; checked, then saved through admin.saveContest. */
export function useContestForm(onSaved: (contest: ContestView) => void) {
  const [contestId, setContestId] = useState<string | undefined>(undefined)
  const [form, setForm] = useState<ContestForm>(() => emptyContestForm(new Date()))
  const [errors, setErrors] = useState<ContestFormErrors>({})
  const [saving, setSaving] = useState(false)

  const set = <K extends keyof ContestForm>(key: K, value: ContestForm[K], field?: keyof ContestFormErrors) => {
    setForm((f) => ({ ...f, [key]: value }))
    if (field) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  /** Starts the form afresh, or filled with the contest to edit. */
  const start = (contest?: ContestView) => {
    setContestId(contest?.contestId)
    setForm(contest ? contestToForm(contest) : emptyContestForm(new Date()))
    setErrors({})
  }

  const save = async () => {
    if (saving) return
    const checked = formToContestDraft(form)
    if (!checked.ok) {
      setErrors(checked.errors)
      Taro.showToast({ title: Object.values(checked.errors)[0] ?? '请检查活动内容', icon: 'none' })
      return
    }
    setSaving(true)
    try {
      const contest = await saveContest(checked.draft, contestId)
      Taro.showToast({ title: contestId ? '已保存' : '活动已发布', icon: 'success' })
      onSaved(contest)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setSaving(false)
    }
  }

  return { contestId, form, errors, saving, set, start, save }
}
