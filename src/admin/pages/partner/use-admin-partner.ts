import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { AdminPartnerView, PartnerInvitationView, PerkInput, PerkView } from '@shared/api'
import { AppError, toAppError } from '@/services/app-error'
import { getPartner, invitePartnerStaff, removePartnerStaff, savePartner, savePerk } from '@/services/admin-partners'
import { viewer } from '@/services/viewer'
import { adminPartnerPath } from '@/utils/partner-paths'
import { emptyPartnerForm, formToPartnerInput, partnerToForm, type PartnerForm, type PartnerFormErrors } from '@/utils/partner-form'

export type AdminPartnerState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; partner: AdminPartnerView | null; form: PartnerForm; errors: PartnerFormErrors; busy: boolean }

const toastError = (e: unknown) => Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })

/** One partner for the brand: its details (or a new one), staff and invitations, perks. */
export function useAdminPartner(partnerId: string | undefined) {
  const [state, setState] = useState<AdminPartnerState>({ status: 'loading' })
  const [invitation, setInvitation] = useState<PartnerInvitationView | null>(null)

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      if (!(await viewer()).isAdmin) throw new AppError('FORBIDDEN')
      const partner = partnerId ? await getPartner(partnerId) : null
      setState({ status: 'ready', partner, form: partner ? partnerToForm(partner) : emptyPartnerForm(), errors: {}, busy: false })
    } catch (e) {
      setState({ status: 'error', error: toAppError(e) })
    }
  }, [partnerId])

  const ready = state.status === 'ready' ? state : null
  const patch = (change: Partial<Extract<AdminPartnerState, { status: 'ready' }>>) => setState((s) => (s.status === 'ready' ? { ...s, ...change } : s))
  const withPartner = (change: (p: AdminPartnerView) => AdminPartnerView) =>
    setState((s) => (s.status === 'ready' && s.partner ? { ...s, partner: change(s.partner) } : s))

  const change = <K extends keyof PartnerForm>(key: K, value: PartnerForm[K]) =>
    setState((s) => (s.status === 'ready' ? { ...s, form: { ...s.form, [key]: value }, errors: { ...s.errors, [key]: undefined } } : s))

  const save = async () => {
    if (!ready || ready.busy) return
    const checked = formToPartnerInput(ready.form)
    if (!checked.ok) {
      patch({ errors: checked.errors })
      Taro.showToast({ title: Object.values(checked.errors)[0] ?? '请检查填写', icon: 'none' })
      return
    }
    patch({ busy: true })
    try {
      const saved = await savePartner(checked.input)
      Taro.showToast({ title: '已保存', icon: 'success' })
      if (!partnerId) {
        setTimeout(() => Taro.redirectTo({ url: '/' + adminPartnerPath(saved.partnerId) }), 600)
        return
      }
      patch({ partner: saved, form: partnerToForm(saved), busy: false })
    } catch (e) {
      patch({ busy: false })
      toastError(e)
    }
  }

  const invite = async () => {
    if (!ready?.partner || ready.busy) return
    patch({ busy: true })
    try {
      const inv = await invitePartnerStaff(ready.partner.partnerId)
      withPartner((p) => ({ ...p, invitations: [inv, ...p.invitations.filter((i) => i.token !== inv.token)] }))
      setInvitation(inv)
    } catch (e) {
      toastError(e)
    } finally {
      patch({ busy: false })
    }
  }

  const removeStaff = async (openid: string, nickname: string) => {
    if (!ready?.partner || ready.busy) return
    const { confirm } = await Taro.showModal({ title: '移除店员', content: `移除后「${nickname || '微信用户'}」不能再核销「${ready.partner.name}」的卡券和活动票`, confirmText: '移除' })
    if (!confirm) return
    patch({ busy: true })
    try {
      patch({ partner: await removePartnerStaff(ready.partner.partnerId, openid) })
      Taro.showToast({ title: '已移除店员', icon: 'none' })
    } catch (e) {
      toastError(e)
    } finally {
      patch({ busy: false })
    }
  }

  /** Saves a perk; true when saved (the sheet closes). */
  const keepPerk = async (input: PerkInput): Promise<boolean> => {
    try {
      const perk: PerkView = await savePerk(input)
      withPartner((p) => ({ ...p, perks: p.perks.some((k) => k.perkId === perk.perkId) ? p.perks.map((k) => (k.perkId === perk.perkId ? perk : k)) : [...p.perks, perk] }))
      Taro.showToast({ title: '权益已保存', icon: 'success' })
      return true
    } catch (e) {
      toastError(e)
      return false
    }
  }

  return { state, load, change, save, invite, invitation, closeInvitation: () => setInvitation(null), removeStaff, keepPerk }
}
