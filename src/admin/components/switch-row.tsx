import { Switch, Text, View } from '@tarojs/components'

export interface SwitchRowProps {
  /** The form's BEM block: the row is `${block}__field ${block}__field--row` (styles: admin-switch-row in form.scss). */
  block: string
  label: string
  /** A line under the label (then label and hint sit in `${block}__row-text`). */
  hint?: string
  checked: boolean
  /** The Switch's class (tests find it by it); `${block}__active` unless given. */
  switchClassName?: string
  onChange: (on: boolean) => void
}

/** One on/off setting of an admin form (启用, 上架中, 发放中, 合作中): its label at the left, a Switch at the right. */
export function SwitchRow({ block, label, hint, checked, switchClassName, onChange }: SwitchRowProps) {
  return (
    <View className={`${block}__field ${block}__field--active ${block}__field--row`}>
      {hint ? (
        <View className={`${block}__row-text`}>
          <Text className={`${block}__label`}>{label}</Text>
          <Text className={`${block}__hint`}>{hint}</Text>
        </View>
      ) : (
        <Text className={`${block}__label`}>{label}</Text>
      )}
      <Switch className={switchClassName ?? `${block}__active`} checked={checked} color='#2f6b3f' onChange={(e) => onChange(Boolean(e.detail.value))} />
    </View>
  )
}
