import { Input, Text, View } from '@tarojs/components'
import type { PointForm, PointFormErrors } from '@/admin/pickup-point-form'
import type { Person } from './use-people'
import { FormActions } from '@/admin/components/form-actions'
import { SwitchRow } from '@/admin/components/switch-row'

export interface PointFormViewProps {
  form: PointForm
  errors: PointFormErrors
  leaders: Person[]
  busy: boolean
  onChange: <K extends keyof PointForm>(key: K, value: PointForm[K]) => void
  onSave: () => void
  onCancel: () => void
}

type TextKey = 'name' | 'address' | 'hours' | 'contactName' | 'contactPhone'
const TEXT_FIELDS: { key: TextKey; label: string; placeholder: string; type?: 'number' }[] = [
  { key: 'name', label: '名称', placeholder: '如：阿哲的自提点（徐汇店）' },
  { key: 'address', label: '地址', placeholder: '如：上海市徐汇区漕溪北路 88 号 1 楼' },
  { key: 'hours', label: '营业时间', placeholder: '如：每天 9:00–21:00' },
  { key: 'contactName', label: '联系人', placeholder: '如：阿哲' },
  { key: 'contactPhone', label: '联系电话', placeholder: '11 位手机号', type: 'number' },
]

/** Create or edit a point: where, when, who to call, run by a leader or a partner shop, open or not. */
export function PointFormView({ form, errors, leaders, busy, onChange, onSave, onCancel }: PointFormViewProps) {
  const field = (key: keyof PointForm) => `point-form__field point-form__field--${key} ${errors[key] ? 'point-form__field--invalid' : ''}`
  return (
    <View className='point-form'>
      <View className='point-form__section'>
        <Text className='point-form__heading'>{form.pointId ? '编辑自提点' : '新建自提点'}</Text>
        {TEXT_FIELDS.map((f) => (
          <View key={f.key} className={field(f.key)}>
            <Text className='point-form__label'>{f.label}</Text>
            <Input
              className={`point-form__input point-form__input--${f.key}`}
              type={f.type ?? 'text'}
              value={form[f.key]}
              placeholder={f.placeholder}
              placeholderClass='point-form__placeholder'
              onInput={(e) => onChange(f.key, e.detail.value)}
            />
            {errors[f.key] ? <Text className='point-form__error'>{errors[f.key]}</Text> : null}
          </View>
        ))}
        <View className={field('kind')}>
          <Text className='point-form__label'>类型</Text>
          <View className='point-form__choices'>
            {(['leader', 'partner'] as const).map((kind) => (
              <Text
                key={kind}
                className={`point-form__choice point-form__kind--${kind} ${form.kind === kind ? 'point-form__choice--on' : ''}`}
                onClick={() => onChange('kind', kind)}
              >
                {kind === 'leader' ? '团长' : '合作门店'}
              </Text>
            ))}
          </View>
        </View>
        {form.kind === 'leader' ? (
          <View className={field('ownerOpenid')}>
            <Text className='point-form__label'>负责团长</Text>
            {leaders.length ? (
              <View className='point-form__choices'>
                {leaders.map((l) => (
                  <Text
                    key={l.openid}
                    className={`point-form__choice point-form__owner ${form.ownerOpenid === l.openid ? 'point-form__choice--on' : ''}`}
                    data-openid={l.openid}
                    onClick={() => onChange('ownerOpenid', l.openid)}
                  >
                    {l.nickname}（{l.note}）
                  </Text>
                ))}
              </View>
            ) : (
              <Text className='point-form__hint'>还没有启用中的团长；先在「分销管理」通过团长申请</Text>
            )}
            {errors.ownerOpenid ? <Text className='point-form__error'>{errors.ownerOpenid}</Text> : null}
          </View>
        ) : null}
        <SwitchRow block='point-form' label='启用' checked={form.active} onChange={(on) => onChange('active', on)} />
        <Text className='point-form__hint'>停用后买家下单时不再能选这个自提点，已到货的订单照常核销</Text>
      </View>
      <FormActions block='point-form' busy={busy} text='保存' busyText='保存中…' onCancel={onCancel} onConfirm={onSave} />
    </View>
  )
}
