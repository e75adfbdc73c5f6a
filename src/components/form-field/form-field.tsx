import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

export interface FormFieldProps {
  /** The form's BEM block: the field draws as `${block}__field`, `${block}__label`, `${block}__error`. */
  block: string
  /** Adds `${block}__field--${name}` (tests and styles find a field by it). */
  name?: string
  label: string
  /** A character count beside the label (`${block}__label-row`, `${block}__count`). */
  count?: string
  hint?: string
  /** Why the value was refused: marks the field `--invalid` and shows under it (instead of the hint). */
  error?: string
}

/** One labelled field of a form, with its hint or the reason its value was refused. */
export function FormField({ block, name, label, count, hint, error, children }: PropsWithChildren<FormFieldProps>) {
  const classes = [`${block}__field`, name ? `${block}__field--${name}` : '', error ? `${block}__field--invalid` : ''].filter(Boolean).join(' ')
  const labelText = <Text className={`${block}__label`}>{label}</Text>
  return (
    <View className={classes}>
      {count === undefined ? (
        labelText
      ) : (
        <View className={`${block}__label-row`}>
          {labelText}
          <Text className={`${block}__count`}>{count}</Text>
        </View>
      )}
      {children}
      {error ? <Text className={`${block}__error`}>{error}</Text> : hint ? <Text className={`${block}__hint`}>{hint}</Text> : null}
    </View>
  )
}
