import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { FormField, type FormFieldProps } from '@/components/form-field'

/** One labelled field of the form, with its hint or its validation message. */
export const Field = (props: PropsWithChildren<Omit<FormFieldProps, 'block'>>) => <FormField block='project-form' {...props} />

export function Section({ title, note, children }: PropsWithChildren<{ title: string; note?: string }>) {
  return (
    <View className='project-form__section'>
      <Text className='project-form__section-title'>{title}</Text>
      {note ? <Text className='project-form__section-note'>{note}</Text> : null}
      {children}
    </View>
  )
}
