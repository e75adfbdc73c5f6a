import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { AdminDealView, PerkInput } from '@shared/api'
import { listAdminDeals } from '@/services/admin'
import { formToPerkInput, type PerkForm, type PerkFormErrors } from '@/utils/perk-form'
import { FormActions } from '@/admin/components/form-actions'
import { SwitchRow } from '@/admin/components/switch-row'

export interface PerkSheetProps {
  initial: PerkForm
  /** Vouchers already issued (an edit may not lower the total below them). */
  issued: number
  onSave: (input: PerkInput) => Promise<boolean>
  onCancel: () => void
}

/** 添加 / 编辑权益: which deal, what service, how many, how long valid, how many per member. */
export function PerkSheet({ initial, issued, onSave, onCancel }: PerkSheetProps) {
  const [form, setForm] = useState(initial)
  const [errors, setErrors] = useState<PerkFormErrors>({})
  const [busy, setBusy] = useState(false)
  const [deals, setDeals] = useState<AdminDealView[] | null>(null)
  useEffect(() => {
    listAdminDeals().then(
      (r) => setDeals(r.items.filter((d) => d.status !== 'closed' || d.dealId === initial.dealId)),
      () => setDeals([]),
    )
  }, [initial.dealId])

  const set = <K extends keyof PerkForm>(key: K, value: PerkForm[K], clear?: keyof PerkFormErrors) => {
    setForm((f) => ({ ...f, [key]: value }))
    if (clear) setErrors((e) => ({ ...e, [clear]: undefined }))
  }
  const save = async () => {
    const checked = formToPerkInput(form, new Date(), issued)
    if (!checked.ok) return setErrors(checked.errors)
    setBusy(true)
    const ok = await onSave(checked.input)
    setBusy(false)
    if (ok) onCancel()
  }
  const field = (key: keyof PerkFormErrors) => `perk-sheet__field perk-sheet__field--${key} ${(errors as Record<string, string | undefined>)[key] ? 'perk-sheet__field--invalid' : ''}`
  const err = (key: keyof PerkFormErrors) => (errors[key] ? <Text className='perk-sheet__error'>{errors[key]}</Text> : null)

  return (
    <View className='perk-sheet' catchMove>
      <View className='perk-sheet__mask' onClick={busy ? undefined : onCancel} />
      <View className='perk-sheet__panel'>
        <Text className='perk-sheet__title'>{form.perkId ? '编辑权益' : '添加权益'}</Text>
        <View className={field('dealId')}>
          <Text className='perk-sheet__label'>买哪个商品送</Text>
          {deals === null ? <Text className='perk-sheet__hint'>读取商品中…</Text> : null}
          {deals && !deals.length ? <Text className='perk-sheet__hint'>还没有可选的拼团商品</Text> : null}
          <View className='perk-sheet__chips'>
            {(deals ?? []).map((d) => (
              <Text key={d.dealId} className={`perk-sheet__chip ${form.dealId === d.dealId ? 'perk-sheet__chip--on' : ''}`} data-deal-id={d.dealId} onClick={() => !form.perkId && set('dealId', d.dealId, 'dealId')}>
                {d.title}
              </Text>
            ))}
          </View>
          {err('dealId')}
        </View>
        <View className={field('service')}>
          <Text className='perk-sheet__label'>赠送的服务</Text>
          <Input className='perk-sheet__input perk-sheet__service' value={form.service} maxlength={30} placeholder='如：一节瑜伽体验课' onInput={(e) => set('service', e.detail.value, 'service')} />
          {err('service')}
        </View>
        <View className={field('terms')}>
          <Text className='perk-sheet__label'>使用说明（选填）</Text>
          <Textarea className='perk-sheet__textarea perk-sheet__terms' value={form.terms} maxlength={300} placeholder='如：请提前一天电话预约；限本人使用' onInput={(e) => set('terms', e.detail.value, 'terms')} />
          {err('terms')}
        </View>
        <View className='perk-sheet__pair'>
          <View className={field('total')}>
            <Text className='perk-sheet__label'>总量（张）</Text>
            <Input className='perk-sheet__input perk-sheet__total' type='number' value={form.total} maxlength={6} onInput={(e) => set('total', e.detail.value, 'total')} />
            {err('total')}
          </View>
          <View className={field('perMember')}>
            <Text className='perk-sheet__label'>每人限领（张）</Text>
            <Input className='perk-sheet__input perk-sheet__per-member' type='number' value={form.perMember} maxlength={6} onInput={(e) => set('perMember', e.detail.value, 'perMember')} />
            {err('perMember')}
          </View>
        </View>
        {issued > 0 ? <Text className='perk-sheet__hint'>已发放 {issued} 张，总量不能低于已发放数</Text> : null}
        <View className={field('validity')}>
          <Text className='perk-sheet__label'>有效期</Text>
          <View className='perk-sheet__chips'>
            <Text className={`perk-sheet__chip perk-sheet__validity--days ${form.validity === 'days' ? 'perk-sheet__chip--on' : ''}`} onClick={() => set('validity', 'days', 'validity')}>
              发放后若干天
            </Text>
            <Text className={`perk-sheet__chip perk-sheet__validity--until ${form.validity === 'until' ? 'perk-sheet__chip--on' : ''}`} onClick={() => set('validity', 'until', 'validity')}>
              截至某天
            </Text>
          </View>
          {form.validity === 'days' ? (
            <View className='perk-sheet__inline'>
              <Text className='perk-sheet__inline-label'>发放后</Text>
              <Input className='perk-sheet__input perk-sheet__short perk-sheet__days' type='number' value={form.days} maxlength={3} onInput={(e) => set('days', e.detail.value, 'validity')} />
              <Text className='perk-sheet__inline-label'>天内有效</Text>
            </View>
          ) : (
            <Picker mode='date' value={form.untilDate} onChange={(e) => set('untilDate', String(e.detail.value), 'validity')}>
              <Text className='perk-sheet__picker perk-sheet__until'>{form.untilDate ? `${form.untilDate} 当天结束前有效` : '选择截止日期'}</Text>
            </Picker>
          )}
          {err('validity')}
        </View>
        <SwitchRow block='perk-sheet' label='发放中' checked={form.active} onChange={(on) => set('active', on)} />
        <FormActions block='perk-sheet' confirm='confirm' busy={busy} text='保存权益' busyText='保存中…' onCancel={onCancel} onConfirm={save} />
      </View>
    </View>
  )
}
