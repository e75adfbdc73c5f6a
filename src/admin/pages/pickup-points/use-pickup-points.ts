import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AdminPickupPointView } from '@shared/api'
import { emptyPointForm, pointFormFrom, pointInputFromForm, type PointForm, type PointFormErrors } from '@/admin/pickup-point-form'
import { useReloadable } from '@/hooks/use-reloadable'
import { toAppError } from '@/services/app-error'
import { assignPointStaff, listPickupPoints, savePickupPoint } from '@/services/fulfilment'

/** The points, the one being edited (or created), and staff changes. */
export function usePickupPoints() {
  const points = useReloadable(listPickupPoints)
  const [form, setForm] = useState<PointForm | null>(null)
  const [errors, setErrors] = useState<PointFormErrors>({})
  const [busy, setBusy] = useState(false)

  const replace = (p: AdminPickupPointView) =>
    points.update((items) => (items.some((i) => i.pointId === p.pointId) ? items.map((i) => (i.pointId === p.pointId ? p : i)) : [p, ...items]))

  const edit = (p?: AdminPickupPointView) => {
    setForm(p ? pointFormFrom(p) : emptyPointForm())
    setErrors({})
  }

  const change = <K extends keyof PointForm>(key: K, value: PointForm[K]) => {
    setForm((f) => (f ? { ...f, [key]: value } : f))
    setErrors((e) => ({ ...e, [key]: undefined }))
  }

  const save = async () => {
    if (!form || busy) return
    const checked = pointInputFromForm(form)
    if (!checked.ok) {
      setErrors(checked.errors)
      Taro.showToast({ title: Object.values(checked.errors)[0] ?? '请检查填写', icon: 'none' })
      return
    }
    setBusy(true)
    try {
      replace(await savePickupPoint(checked.input))
      setForm(null)
      Taro.showToast({ title: '自提点已保存', icon: 'success' })
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  const setStaff = async (pointId: string, openid: string, remove: boolean) => {
    if (busy) return false
    setBusy(true)
    try {
      replace(await assignPointStaff(pointId, openid, remove))
      Taro.showToast({ title: remove ? '已移除店员' : '已添加店员', icon: 'none' })
      return true
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
      return false
    } finally {
      setBusy(false)
    }
  }

  return { points, form, errors, busy, edit, change, save, cancel: () => !busy && setForm(null), setStaff }
}
