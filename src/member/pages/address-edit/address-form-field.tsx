import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

export interface AddressFormFieldProps {
  label: string
  /** Why the value was refused, when this field is the one refused. */
  error?: string
  children: ReactNode
}

/** One field of the address form: its label, its control, and the error under it. */
export function AddressFormField({ label, error, children }: AddressFormFieldProps) {
  return (
    <View className={`address-form__field ${error ? 'address-form__field--invalid' : ''}`}>
      <Text className='address-form__label'>{label}</Text>
      {children}
      {error ? <Text className='address-form__error'>{error}</Text> : null}
    </View>
  )
}
