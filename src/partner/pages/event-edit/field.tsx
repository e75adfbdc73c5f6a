import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

/** One labelled field of the event form, with its hint or its validation message. */
export function Field({ name, label, error, hint, children }: PropsWithChildren<{ name: string; label: string; error?: string; hint?: string }>) {
  return (
    <View className={`event-form__field event-form__field--${name} ${error ? 'event-form__field--invalid' : ''}`}>
      <Text className='event-form__label'>{label}</Text>
      {children}
      {error ? <Text className='event-form__error'>{error}</Text> : hint ? <Text className='event-form__hint'>{hint}</Text> : null}
    </View>
  )
}

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
