import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { AdminDealView, PerkView, RewardInput } from '@shared/api'
import { perkTitleOf } from '@shared/domain/reward'
import { listAdminDeals } from '@/services/admin'
import { listPartners } from '@/services/admin-partners'
import { formToRewardInput, type RewardForm, type RewardFormErrors } from '@/utils/reward-form'
import { FormActions } from '@/admin/components/form-actions'
import { SwitchRow } from '@/admin/components/switch-row'

export interface RewardSheetProps {
  initial: RewardForm
  redeemed: number
  onSave: (input: RewardInput) => Promise<boolean>
  onCancel: () => void
}

type NumberField = 'pointsCost' | 'amount' | 'minSpend' | 'total' | 'perMember' | 'validDays'

/** 新建 / 编辑兑换品: a coupon (¥X off over ¥Y, optionally on one deal), a free sample of one deal, or a partner's perk. */
export function RewardSheet({ initial, redeemed, onSave, onCancel }: RewardSheetProps) {
  const [form, setForm] = useState(initial)
  const [errors, setErrors] = useState<RewardFormErrors>({})
  const [busy, setBusy] = useState(false)
  const [deals, setDeals] = useState<AdminDealView[]>([])
  useEffect(() => {
    listAdminDeals().then((r) => setDeals(r.items.filter((d) => d.status !== 'closed' || d.dealId === initial.dealId)), () => setDeals([]))
  }, [initial.dealId])
  const [perks, setPerks] = useState<PerkView[]>([])
  useEffect(() => {
    listPartners().then((ps) => setPerks(ps.flatMap((p) => p.perks.filter((k) => k.active || k.perkId === initial.perkId))), () => setPerks([]))
  }, [initial.perkId])

  const set = <K extends keyof RewardForm>(key: K, value: RewardForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    setErrors((e) => ({ ...e, [key]: undefined }))
  }
  const save = async () => {
    const checked = formToRewardInput(form, redeemed)
    if (!checked.ok) return setErrors(checked.errors)
    setBusy(true)
    const ok = await onSave(checked.input)
    setBusy(false)
    if (ok) onCancel()
  }
  const err = (key: keyof RewardFormErrors) => (errors[key] ? <Text className='reward-sheet__error'>{errors[key]}</Text> : null)
  const number = (key: NumberField, label: string) => (
    <View className={`reward-sheet__field reward-sheet__${key} ${errors[key] ? 'reward-sheet__field--invalid' : ''}`}>
      <Text className='reward-sheet__label'>{label}</Text>
      <Input className='reward-sheet__input' type='digit' value={form[key]} maxlength={9} onInput={(e) => set(key, e.detail.value)} />
      {err(key)}
    </View>
  )

  return (
    <View className='reward-sheet' catchMove>
      <View className='reward-sheet__mask' onClick={busy ? undefined : onCancel} />
      <View className='reward-sheet__panel'>
        <Text className='reward-sheet__heading'>{form.rewardId ? '编辑兑换品' : '新建兑换品'}</Text>
        <View className={`reward-sheet__field ${errors.title ? 'reward-sheet__field--invalid' : ''}`}>
          <Text className='reward-sheet__label'>名称</Text>
          <Input className='reward-sheet__input reward-sheet__title' value={form.title} maxlength={30} placeholder='如：满39减5元券' onInput={(e) => set('title', e.detail.value)} />
          {err('title')}
        </View>
        <View className='reward-sheet__field'>
          <Text className='reward-sheet__label'>类型</Text>
          <View className='reward-sheet__chips'>
            <Text className={`reward-sheet__chip reward-sheet__kind--coupon ${form.kind === 'coupon' ? 'reward-sheet__chip--on' : ''}`} onClick={() => set('kind', 'coupon')}>
              优惠券
            </Text>
            <Text className={`reward-sheet__chip reward-sheet__kind--sample ${form.kind === 'sample' ? 'reward-sheet__chip--on' : ''}`} onClick={() => set('kind', 'sample')}>
              免费试吃（免 1 份）
            </Text>
            <Text className={`reward-sheet__chip reward-sheet__kind--perk ${form.kind === 'perk' ? 'reward-sheet__chip--on' : ''}`} onClick={() => set('kind', 'perk')}>
              合作伙伴权益
            </Text>
          </View>
        </View>
        {form.kind === 'coupon' ? (
          <View className='reward-sheet__pair'>
            {number('amount', '优惠金额（元）')}
            {number('minSpend', '满多少可用（元）')}
          </View>
        ) : null}
        {form.kind === 'perk' ? (
          <View className={`reward-sheet__field ${errors.perkId ? 'reward-sheet__field--invalid' : ''}`}>
            <Text className='reward-sheet__label'>兑换哪项权益（发一张卡券，按权益自己的总数、每人限领和有效期）</Text>
            <View className='reward-sheet__chips'>
              {perks.map((k) => (
                <Text key={k.perkId} className={`reward-sheet__chip ${form.perkId === k.perkId ? 'reward-sheet__chip--on' : ''}`} data-perk-id={k.perkId} onClick={() => set('perkId', k.perkId)}>
                  {perkTitleOf(k.partner.name, k.service)} · 剩 {k.left}
                </Text>
              ))}
              {!perks.length ? <Text className='reward-sheet__hint'>还没有合作伙伴权益，先在「合作伙伴」里添加</Text> : null}
            </View>
            {err('perkId')}
          </View>
        ) : (
          <View className={`reward-sheet__field ${errors.dealId ? 'reward-sheet__field--invalid' : ''}`}>
            <Text className='reward-sheet__label'>{form.kind === 'sample' ? '试吃哪个商品' : '仅限商品（不选则全场通用）'}</Text>
            <View className='reward-sheet__chips'>
              {form.kind === 'coupon' ? (
                <Text className={`reward-sheet__chip ${form.dealId === null ? 'reward-sheet__chip--on' : ''}`} onClick={() => set('dealId', null)}>
                  全场通用
                </Text>
              ) : null}
              {deals.map((d) => (
                <Text key={d.dealId} className={`reward-sheet__chip ${form.dealId === d.dealId ? 'reward-sheet__chip--on' : ''}`} data-deal-id={d.dealId} onClick={() => set('dealId', d.dealId)}>
                  {d.title}
                </Text>
              ))}
            </View>
            {err('dealId')}
          </View>
        )}
        <View className='reward-sheet__pair'>
          {number('pointsCost', '所需积分')}
          {form.kind === 'perk' ? null : number('validDays', '领取后有效（天）')}
        </View>
        <View className='reward-sheet__pair'>
          {number('total', '总数（份）')}
          {number('perMember', '每人限兑（次）')}
        </View>
        {redeemed > 0 ? <Text className='reward-sheet__hint'>已兑出 {redeemed} 份，总数不能低于已兑出数</Text> : null}
        <SwitchRow block='reward-sheet' label='上架中' checked={form.active} onChange={(on) => set('active', on)} />
        <FormActions block='reward-sheet' confirm='confirm' confirmClassName='reward-sheet__save' busy={busy} text='保存' busyText='保存中…' onCancel={onCancel} onConfirm={save} />
      </View>
    </View>
  )
}
