import { Input, Switch, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { AdminDealView, PerkView, RewardInput } from '@shared/api'
import { perkTitleOf } from '@shared/domain/reward'
import { listAdminDeals } from '@/services/admin'
import { listPartners } from '@/services/admin-partners'
import { formToRewardInput, type RewardForm, type RewardFormErrors } from '@/utils/reward-form'
import { FormActions } from '@/admin/components/form-actions'

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
  const err = (key: keyof RewardFormErrors) => (errors[key] ? <Text className='perk-sheet__error'>{errors[key]}</Text> : null)
  const number = (key: NumberField, label: string) => (
    <View className={`perk-sheet__field reward-sheet__${key} ${errors[key] ? 'perk-sheet__field--invalid' : ''}`}>
      <Text className='perk-sheet__label'>{label}</Text>
      <Input className='perk-sheet__input' type='digit' value={form[key]} maxlength={9} onInput={(e) => set(key, e.detail.value)} />
      {err(key)}
    </View>
  )

  return (
    <View className='perk-sheet reward-sheet' catchMove>
      <View className='perk-sheet__mask' onClick={busy ? undefined : onCancel} />
      <View className='perk-sheet__panel'>
        <Text className='perk-sheet__title'>{form.rewardId ? '编辑兑换品' : '新建兑换品'}</Text>
        <View className={`perk-sheet__field ${errors.title ? 'perk-sheet__field--invalid' : ''}`}>
          <Text className='perk-sheet__label'>名称</Text>
          <Input className='perk-sheet__input reward-sheet__title' value={form.title} maxlength={30} placeholder='如：满39减5元券' onInput={(e) => set('title', e.detail.value)} />
          {err('title')}
        </View>
        <View className='perk-sheet__field'>
          <Text className='perk-sheet__label'>类型</Text>
          <View className='perk-sheet__chips'>
            <Text className={`perk-sheet__chip reward-sheet__kind--coupon ${form.kind === 'coupon' ? 'perk-sheet__chip--on' : ''}`} onClick={() => set('kind', 'coupon')}>
              优惠券
            </Text>
            <Text className={`perk-sheet__chip reward-sheet__kind--sample ${form.kind === 'sample' ? 'perk-sheet__chip--on' : ''}`} onClick={() => set('kind', 'sample')}>
              免费试吃（免 1 份）
            </Text>
            <Text className={`perk-sheet__chip reward-sheet__kind--perk ${form.kind === 'perk' ? 'perk-sheet__chip--on' : ''}`} onClick={() => set('kind', 'perk')}>
              合作伙伴权益
            </Text>
          </View>
        </View>
        {form.kind === 'coupon' ? (
          <View className='perk-sheet__pair'>
            {number('amount', '优惠金额（元）')}
            {number('minSpend', '满多少可用（元）')}
          </View>
        ) : null}
        {form.kind === 'perk' ? (
          <View className={`perk-sheet__field ${errors.perkId ? 'perk-sheet__field--invalid' : ''}`}>
            <Text className='perk-sheet__label'>兑换哪项权益（发一张卡券，按权益自己的总数、每人限领和有效期）</Text>
            <View className='perk-sheet__chips'>
              {perks.map((k) => (
                <Text key={k.perkId} className={`perk-sheet__chip ${form.perkId === k.perkId ? 'perk-sheet__chip--on' : ''}`} data-perk-id={k.perkId} onClick={() => set('perkId', k.perkId)}>
                  {perkTitleOf(k.partner.name, k.service)} · 剩 {k.left}
                </Text>
              ))}
              {!perks.length ? <Text className='perk-sheet__hint'>还没有合作伙伴权益，先在「合作伙伴」里添加</Text> : null}
            </View>
            {err('perkId')}
          </View>
        ) : (
          <View className={`perk-sheet__field ${errors.dealId ? 'perk-sheet__field--invalid' : ''}`}>
            <Text className='perk-sheet__label'>{form.kind === 'sample' ? '试吃哪个商品' : '仅限商品（不选则全场通用）'}</Text>
            <View className='perk-sheet__chips'>
              {form.kind === 'coupon' ? (
                <Text className={`perk-sheet__chip ${form.dealId === null ? 'perk-sheet__chip--on' : ''}`} onClick={() => set('dealId', null)}>
                  全场通用
                </Text>
              ) : null}
              {deals.map((d) => (
                <Text key={d.dealId} className={`perk-sheet__chip ${form.dealId === d.dealId ? 'perk-sheet__chip--on' : ''}`} data-deal-id={d.dealId} onClick={() => set('dealId', d.dealId)}>
                  {d.title}
                </Text>
              ))}
            </View>
            {err('dealId')}
          </View>
        )}
        <View className='perk-sheet__pair'>
          {number('pointsCost', '所需积分')}
          {form.kind === 'perk' ? null : number('validDays', '领取后有效（天）')}
        </View>
        <View className='perk-sheet__pair'>
          {number('total', '总数（份）')}
          {number('perMember', '每人限兑（次）')}
        </View>
        {redeemed > 0 ? <Text className='perk-sheet__hint'>已兑出 {redeemed} 份，总数不能低于已兑出数</Text> : null}
        <View className='perk-sheet__field perk-sheet__field--row'>
          <Text className='perk-sheet__label'>上架中</Text>
          <Switch className='reward-sheet__active' checked={form.active} color='#2f6b3f' onChange={(e) => set('active', Boolean(e.detail.value))} />
        </View>
        <FormActions block='perk-sheet' confirm='confirm' confirmClassName='reward-sheet__save' busy={busy} text='保存' busyText='保存中…' onCancel={onCancel} onConfirm={save} />
      </View>
    </View>
  )
}
