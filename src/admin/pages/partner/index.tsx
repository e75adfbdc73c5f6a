import { Text, View } from '@tarojs/components'
import Taro, { useLoad, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { PageShell } from '@/components/page-shell'
import { emptyPerkForm, perkToForm, type PerkForm } from '@/utils/perk-form'
import { PARTNER_CONSOLE_PATH } from '@/utils/partner-paths'
import { InviteSheet } from './invite-sheet'
import { PartnerFormView } from './partner-form-view'
import { PerkSheet } from './perk-sheet'
import { PerksCard } from './perks-card'
import { StaffCard } from './staff-card'
import { useAdminPartner } from './use-admin-partner'
import './index.scss'

/** 新建 / 编辑合作伙伴: its details, its staff (邀请店员, 移除) and its perks on deals. */
export default function AdminPartnerPage() {
  const partnerId = useRouter().params.id || undefined
  const p = useAdminPartner(partnerId)
  const [perk, setPerk] = useState<{ form: PerkForm; issued: number } | null>(null)
  useLoad(() => {
    if (!partnerId) Taro.setNavigationBarTitle({ title: '新建合作伙伴' })
    p.load()
  })
  const { state } = p
  // 发给店员: in WeChat the invitation goes to a chat as a card that opens the join page.
  useShareAppMessage(() => {
    const name = state.status === 'ready' ? state.partner?.name : undefined
    return p.invitation && name ? { title: `邀请你成为「${name}」的店员`, path: `/${p.invitation.path}` } : { title: '原野生活 · 合作伙伴', path: `/${PARTNER_CONSOLE_PATH}` }
  })

  return (
    <PageShell className='admin-partner'>
      <AdminPageHead title={state.status === 'ready' && state.partner ? state.partner.name : '新建合作伙伴'} note={partnerId ? '店员邀请 · 买就送权益 · 合作成效' : '保存后可以邀请店员、添加权益'} />
      {state.status === 'loading' ? <View className='partner-form skeleton-block admin-partner__skeleton' /> : null}
      {state.status === 'error' ? <AdminError error={state.error} onRetry={p.load} /> : null}
      {state.status === 'ready' ? (
        <>
          {state.partner ? (
            <>
              <Text className='admin-partner__console' onClick={() => Taro.navigateTo({ url: `/${PARTNER_CONSOLE_PATH}?partnerId=${encodeURIComponent(state.partner!.partnerId)}` })}>
                查看合作成效 ›
              </Text>
              <StaffCard partner={state.partner} busy={state.busy} onInvite={p.invite} onRemove={p.removeStaff} />
              <PerksCard perks={state.partner.perks} onEdit={(k) => setPerk({ form: perkToForm(k), issued: k.issued })} onAdd={() => setPerk({ form: emptyPerkForm(state.partner!.partnerId), issued: 0 })} />
            </>
          ) : null}
          <PartnerFormView form={state.form} errors={state.errors} busy={state.busy} onChange={p.change} onSave={p.save} />
          {perk ? <PerkSheet initial={perk.form} issued={perk.issued} onSave={p.keepPerk} onCancel={() => setPerk(null)} /> : null}
          {p.invitation && state.partner ? <InviteSheet partnerName={state.partner.name} invitation={p.invitation} onClose={p.closeInvitation} /> : null}
        </>
      ) : null}
    </PageShell>
  )
}
