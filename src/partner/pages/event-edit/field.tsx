import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { FormField, type FormFieldProps } from '@/components/form-field'

/** One labelled field of the form, with its hint or its validation message. */
export const Field = (props: PropsWithChildren<Omit<FormFieldProps, 'block'>>) => <FormField block='event-form' {...props} />

/** A row of choices drawn as chips; the chosen one filled. */
export function Chips<K extends string>({ name, items, value, onChange }: { name: string; items: { value: K; label: string }[]; value: K; onChange: (k: K) => void }) {
  return (
    <View className='event-form__chips'>
      {items.map((i) => (
        <Text key={i.value} className={`event-form__chip event-form__${name}--${i.value} ${i.value === value ? 'event-form__chip--on' : ''}`} data-value={i.value} onClick={() => onChange(i.value)}>
          {i.label}
        </Text>
      ))}
    </View>
  )
}
