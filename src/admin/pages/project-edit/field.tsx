import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

/** One labelled field of the project form, with its hint or its validation message. */
export function Field({ name, label, error, hint, children }: PropsWithChildren<{ name: string; label: string; error?: string; hint?: string }>) {
  return (
    <View className={`project-form__field project-form__field--${name} ${error ? 'project-form__field--invalid' : ''}`}>
      <Text className='project-form__label'>{label}</Text>
      {children}
      {error ? <Text className='project-form__error'>{error}</Text> : hint ? <Text className='project-form__hint'>{hint}</Text> : null}
    </View>
  )
}

export function Section({ title, note, children }: PropsWithChildren<{ title: string; note?: string }>) {
  return (
    <View className='project-form__section'>
      <Text className='project-form__section-title'>{title}</Text>
      {note ? <Text className='project-form__section-note'>{note}</Text> : null}
      {children}
    </View>
  )
}
