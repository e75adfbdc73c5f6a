import { Text, View } from '@tarojs/components'

export interface CountStepperProps {
  /** The form's BEM block: `${block}__stepper` holds `${block}__step` − / ＋ around `${block}__step-value` (styles: admin-form-stepper in form.scss). */
  block: string
  value: number
  min: number
  max: number
  /** A word after the number (篇). */
  unit?: string
  onChange: (value: number) => void
}

/** A whole number picked with − and ＋, kept within min and max (每人最多可选, 获奖名额). */
export function CountStepper({ block, value, min, max, unit, onChange }: CountStepperProps) {
  return (
    <View className={`${block}__stepper`}>
      <Text className={`${block}__step ${block}__step--minus`} onClick={() => value > min && onChange(value - 1)}>
        −
      </Text>
      <Text className={`${block}__step-value`}>{value}</Text>
      <Text className={`${block}__step ${block}__step--plus`} onClick={() => value < max && onChange(value + 1)}>
        ＋
      </Text>
      {unit ? <Text className={`${block}__step-unit`}>{unit}</Text> : null}
    </View>
  )
}
