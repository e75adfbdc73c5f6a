import { Button, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import type { AddressInput } from '@shared/api'
import type { AddressField } from '@/utils/address-form'
import { AddressFormField } from './address-form-field'
import { RegionField } from './region-field'
import type { FormError } from './use-address-edit'

export interface AddressFormProps {
  form: AddressInput
  error: FormError | null
  submitting: boolean
  onChange: <K extends keyof AddressInput>(key: K, value: AddressInput[K]) => void
  onSubmit: () => void
}

/** The one-line fields: 收货人 and 手机号. */
const LINE_FIELDS = [
  { key: 'name', label: '收货人', placeholder: '姓名', maxlength: 20, type: 'text' },
  { key: 'phone', label: '手机号', placeholder: '11位手机号', maxlength: 11, type: 'number' },
] as const

/** 收货人, 手机号, 所在地区, 详细地址, 设为默认; the first problem is shown under its field. */
export function AddressForm({ form, error, submitting, onChange, onSubmit }: AddressFormProps) {
  const errorOf = (field: AddressField) => (error?.field === field ? error.message : undefined)
  return (
    <View className='address-form'>
      {LINE_FIELDS.map((f) => (
        <AddressFormField key={f.key} label={f.label} error={errorOf(f.key)}>
          <Input
            className={`address-form__input address-form__${f.key}`}
            type={f.type}
            value={form[f.key]}
            maxlength={f.maxlength}
            placeholder={f.placeholder}
            placeholderClass='address-form__placeholder'
            onInput={(e) => onChange(f.key, e.detail.value)}
          />
        </AddressFormField>
      ))}
      <AddressFormField label='所在地区' error={errorOf('region')}>
        <RegionField region={form.region} onChange={(region) => onChange('region', region)} />
      </AddressFormField>
      <AddressFormField label='详细地址' error={errorOf('detail')}>
        <Textarea
          className='address-form__textarea address-form__detail'
          value={form.detail}
          maxlength={100}
          placeholder='街道、小区、楼栋、门牌号'
          placeholderClass='address-form__placeholder'
          onInput={(e) => onChange('detail', e.detail.value)}
        />
      </AddressFormField>
      <View className='address-form__switch-row'>
        <Text className='address-form__label address-form__label--inline'>设为默认地址</Text>
        <Switch
          className='address-form__default'
          checked={Boolean(form.isDefault)}
          color='#2f6b3f'
          onChange={(e) => onChange('isDefault', e.detail.value)}
        />
      </View>
      {error && !error.field ? <Text className='address-form__error address-form__server-error'>{error.message}</Text> : null}
      <Button className='address-form__submit' disabled={submitting || undefined} onClick={onSubmit}>
        {submitting ? '保存中…' : '保存地址'}
      </Button>
    </View>
  )
}
