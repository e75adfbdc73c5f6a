import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { PartnerView } from '@shared/api'
import { AppError, toAppError } from '@/services/app-error'
import { listPartners, saveAdminEvent } from '@/services/admin-partners'
import { getEvent } from '@/services/partner'
import { myPartners, saveStaffEvent } from '@/services/partner-staff'
import { viewer } from '@/services/viewer'
import { emptyEventForm, eventToForm, formToEventInput, type EventForm, type EventFormErrors } from '@/utils/event-form'

export type EventEditorState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; form: EventForm; errors: EventFormErrors; saving: boolean; isAdmin: boolean; hosts: PartnerView[] }

/**
 * The event editor: a new event (of `partnerId`, or the caller's first partner) or one to
 * edit. The brand saves through admin.saveEvent (any host, or its own event); partner
 * staff through partner.saveEvent (their own partners only).
 */
export function useEventEditor(eventId: string | undefined, partnerId: string | undefined, onSaved: () => void) {
  const [state, setState] = useState<EventEditorState>({ status: 'loading' })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      const isAdmin = (await viewer()).isAdmin
      const hosts: PartnerView[] = isAdmin ? (await listPartners()).filter((p) => p.active || p.partnerId === partnerId) : await myPartners()
      if (!isAdmin && !hosts.length) throw new AppError('FORBIDDEN', '只有合作伙伴的店员或品牌可以发起活动')
      let form: EventForm
      if (eventId) {
        const event = await getEvent(eventId)
        if (!event.canManage) throw new AppError('FORBIDDEN', '只有主办方的店员或品牌可以编辑这个活动')
        form = eventToForm(event, null)
      } else {
        const host = hosts.find((h) => h.partnerId === partnerId) ?? (isAdmin ? null : hosts[0])
        form = emptyEventForm(new Date(), host?.partnerId ?? null, host?.address ?? '')
      }
      setState({ status: 'ready', form, errors: {}, saving: false, isAdmin, hosts })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [eventId, partnerId])

  /** Changes the form; `clear` names the errors the change answers. */
  const update = useCallback((change: (f: EventForm) => EventForm, ...clear: (keyof EventFormErrors)[]) => {
    setState((s) => {
      if (s.status !== 'ready') return s
      const errors = { ...s.errors }
      clear.forEach((k) => delete errors[k])
      return { ...s, form: change(s.form), errors }
    })
  }, [])

  const save = useCallback(
    async (status: 'published' | 'cancelled' = 'published') => {
      if (state.status !== 'ready' || state.saving) return
      const checked = formToEventInput({ ...state.form, status }, new Date())
      if (!checked.ok) {
        setState({ ...state, errors: checked.errors })
        Taro.showToast({ title: Object.values(checked.errors)[0] ?? '请检查表单', icon: 'none' })
        setTimeout(() => Taro.pageScrollTo({ selector: '.event-form__field--invalid', offsetTop: -120, duration: 200 }), 50)
        return
      }
      setState({ ...state, saving: true })
      try {
        await (state.isAdmin ? saveAdminEvent(checked.input) : saveStaffEvent(checked.input))
        Taro.showToast({ title: status === 'cancelled' ? '活动已取消' : '已保存', icon: 'success' })
        setState((s) => (s.status === 'ready' ? { ...s, saving: false, form: { ...s.form, status } } : s))
        onSaved()
      } catch (e) {
        setState((s) => (s.status === 'ready' ? { ...s, saving: false } : s))
        Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })
      }
    },
    [state, onSaved],
  )

  return { state, load, update, save }
}
