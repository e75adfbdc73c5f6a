import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

export interface FormFieldProps {
  name: string
  label: string
  hint?: string
  error?: string
}

/** One labelled field of the deal form, with its hint or its validation message. */
export function FormField({ name, label, hint, error, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`deal-form__field deal-form__field--${name} ${error ? 'deal-form__field--invalid' : ''}`}>
      <Text className='deal-form__label'>{label}</Text>
      <View className='deal-form__control'>{children}</View>
      {error ? <Text className='deal-form__error'>{error}</Text> : hint ? <Text className='deal-form__hint'>{hint}</Text> : null}
    </View>
  )
}
