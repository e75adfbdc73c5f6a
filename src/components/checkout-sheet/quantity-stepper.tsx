import { Text, View } from '@tarojs/components'

export interface QuantityStepperProps {
  value: number
  max: number
  /** Why the count stops there: 每人限购 5 份, 仅剩 3 份. */
  limitNote: string
  onChange: (quantity: number) => void
}

/** 数量: − n +, from 1 up to what the shopper may buy. */
export function QuantityStepper({ value, max, limitNote, onChange }: QuantityStepperProps) {
  const step = (delta: number) => {
    const next = value + delta
    if (next >= 1 && next <= max) onChange(next)
  }
  return (
    <View className='quantity-stepper'>
      <Text className='quantity-stepper__label'>数量</Text>
      <Text className='quantity-stepper__note'>{limitNote}</Text>
      <View className='quantity-stepper__control'>
        <Text className={`quantity-stepper__btn quantity-stepper__minus ${value <= 1 ? 'quantity-stepper__btn--off' : ''}`} onClick={() => step(-1)}>
          −
        </Text>
        <Text className='quantity-stepper__value'>{value}</Text>
        <Text className={`quantity-stepper__btn quantity-stepper__plus ${value >= max ? 'quantity-stepper__btn--off' : ''}`} onClick={() => step(1)}>
          +
        </Text>
      </View>
    </View>
  )
}
