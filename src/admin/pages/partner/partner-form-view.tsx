import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { PARTNER_KIND_LABELS } from '@shared/domain/partner'
import { CoverUpload } from '@/components/cover-upload'
import { SwitchRow } from '@/admin/components/switch-row'
import { PARTNER_KINDS, type PartnerForm, type PartnerFormErrors } from '@/utils/partner-form'

export interface PartnerFormViewProps {
  form: PartnerForm
  errors: PartnerFormErrors
  busy: boolean
  onChange: <K extends keyof PartnerForm>(key: K, value: PartnerForm[K]) => void
  onSave: () => void
}

type TextKey = 'name' | 'address' | 'hours' | 'phone'
const TEXT_FIELDS: { key: TextKey; label: string; placeholder: string; max: number }[] = [
  { key: 'name', label: '名称', placeholder: '如：山月瑜伽', max: 30 },
  { key: 'address', label: '地址', placeholder: '如：上海市徐汇区永嘉路 321 号 2 楼', max: 100 },
  { key: 'hours', label: '营业时间', placeholder: '如：周一至周日 9:00–21:00', max: 40 },
  { key: 'phone', label: '电话（选填）', placeholder: '如：021-6488 1234', max: 20 },
]

/** A partner's details: who, what kind, where, when, a phone, logo and intro; active or not. */
export function PartnerFormView({ form, errors, busy, onChange, onSave }: PartnerFormViewProps) {
  const field = (key: string) => `partner-form__field partner-form__field--${key} ${(errors as Record<string, string | undefined>)[key] ? 'partner-form__field--invalid' : ''}`
  return (
    <View className='partner-form'>
      <Text className='partner-form__section-title'>{form.partnerId ? '基本信息' : '新建合作伙伴'}</Text>
      {TEXT_FIELDS.map((f) => (
        <View key={f.key} className={field(f.key)}>
          <Text className='partner-form__label'>{f.label}</Text>
          <Input className={`partner-form__input partner-form__input--${f.key}`} value={form[f.key]} maxlength={f.max} placeholder={f.placeholder} placeholderClass='partner-form__placeholder' onInput={(e) => onChange(f.key, e.detail.value)} />
          {errors[f.key] ? <Text className='partner-form__error'>{errors[f.key]}</Text> : null}
        </View>
      ))}
      <View className={field('kind')}>
        <Text className='partner-form__label'>类型</Text>
        <View className='partner-form__chips'>
          {PARTNER_KINDS.map((k) => (
            <Text key={k} className={`partner-form__chip partner-form__kind--${k} ${form.kind === k ? 'partner-form__chip--on' : ''}`} onClick={() => onChange('kind', k)}>
              {PARTNER_KIND_LABELS[k]}
            </Text>
          ))}
        </View>
      </View>
      <View className={field('logo')}>
        <Text className='partner-form__label'>Logo（选填）</Text>
        <CoverUpload value={form.logo} onChange={(logo) => onChange('logo', logo)} />
      </View>
      <View className={field('intro')}>
        <Text className='partner-form__label'>介绍（选填）</Text>
        <Textarea className='partner-form__textarea partner-form__intro' value={form.intro} maxlength={500} placeholder='会员在卡券和活动页看到的介绍，如：社区里的小班瑜伽馆，晨练课和流瑜伽' placeholderClass='partner-form__placeholder' onInput={(e) => onChange('intro', e.detail.value)} />
        {errors.intro ? <Text className='partner-form__error'>{errors.intro}</Text> : null}
      </View>
      <SwitchRow block='partner-form' label='合作中' hint='停用后不再发放它的权益，已发的券照常核销' checked={form.active} onChange={(on) => onChange('active', on)} />
      <Button className='partner-form__save' disabled={busy || undefined} onClick={onSave}>
        {busy ? '保存中…' : form.partnerId ? '保存修改' : '创建合作伙伴'}
      </Button>
    </View>
  )
}
