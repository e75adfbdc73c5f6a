import type { ReactNode } from 'react'
import type { DealFormViewProps, SwitchKey, TextKey } from './deal-form-view'
import { FormField } from './form-field'

interface Props extends Omit<DealFormViewProps, 'categories'> {
  input: (key: TextKey, placeholder: string, type?: 'text' | 'digit' | 'number') => ReactNode
  toggle: (key: SwitchKey) => ReactNode
}

/** 快递到家 / 团长自提 (at least one), and for express its fee and 满 X 元包邮. */
export function DeliveryFieldsView({ form, errors, input, toggle }: Props) {
  return (
    <>
      <FormField name='express' label='快递到家' hint='买家填写收货地址，品牌方快递发货' error={errors.express}>
        {toggle('express')}
      </FormField>
      <FormField name='pickup' label='团长自提' hint='货到团长或合作门店的自提点，买家凭核销码取货'>
        {toggle('pickup')}
      </FormField>
      {form.express ? (
        <>
          <FormField name='shippingFee' label='快递运费（元）' hint='填 0 即包邮；运费不计入佣金' error={errors.shippingFee}>
            {input('shippingFee', '如 8', 'digit')}
          </FormField>
          <FormField name='freeFrom' label='满 X 元包邮（元）' hint='可不填：商品金额达到即免运费' error={errors.freeFrom}>
            {input('freeFrom', '如 99', 'digit')}
          </FormField>
        </>
      ) : null}
    </>
  )
}
