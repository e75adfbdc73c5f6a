import { Button, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import type { AddressInput } from '@shared/api'
import type { AddressField } from '@/utils/address-form'
import { RegionField } from './region-field'
import type { FormError } from './use-address-edit'

export interface AddressFormProps {
  form: AddressInput
  error: FormError | null
  submitting: boolean
  onChange: <K extends keyof AddressInput>(key: K, value: AddressInput[K]) => void
  onSubmit: () => void
}

/** 收货人, 手机号, 所在地区, 详细地址, 设为默认; the first problem is shown under its field. */
export function AddressForm({ form, error, submitting, onChange, onSubmit }: AddressFormProps) {
  const invalid = (field: AddressField) => (error?.field === field ? 'address-form__field--invalid' : '')
  const errorOf = (field: AddressField) => (error?.field === field ? <Text className='address-form__error'>{error.message}</Text> : null)
  return (
    <View className='address-form'>
      <View className={`address-form__field ${invalid('name')}`}>
        <Text className='address-form__label'>收货人</Text>
        <Input
          className='address-form__input address-form__name'
          value={form.name}
          maxlength={20}
          placeholder='姓名'
          placeholderClass='address-form__placeholder'
          onInput={(e) => onChange('name', e.detail.value)}
        />
        {errorOf('name')}
      </View>
      <View className={`address-form__field ${invalid('phone')}`}>
        <Text className='address-form__label'>手机号</Text>
        <Input
          className='address-form__input address-form__phone'
          type='number'
          value={form.phone}
          maxlength={11}
          placeholder='11位手机号'
          placeholderClass='address-form__placeholder'
          onInput={(e) => onChange('phone', e.detail.value)}
        />
        {errorOf('phone')}
      </View>
      <View className={`address-form__field ${invalid('region')}`}>
        <Text className='address-form__label'>所在地区</Text>
        <RegionField region={form.region} onChange={(region) => onChange('region', region)} />
        {errorOf('region')}
      </View>
      <View className={`address-form__field ${invalid('detail')}`}>
        <Text className='address-form__label'>详细地址</Text>
        <Textarea
          className='address-form__textarea address-form__detail'
          value={form.detail}
          maxlength={100}
          placeholder='街道、小区、楼栋、门牌号'
          placeholderClass='address-form__placeholder'
          onInput={(e) => onChange('detail', e.detail.value)}
        />
        {errorOf('detail')}
      </View>
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
