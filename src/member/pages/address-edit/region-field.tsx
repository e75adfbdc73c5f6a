import { Input, Picker, Text, View } from '@tarojs/components'
import { regionText } from '@/utils/address-form'

const IS_H5 = process.env.TARO_ENV === 'h5'
const PARTS = [
  { key: 'province', placeholder: '省' },
  { key: 'city', placeholder: '市' },
  { key: 'district', placeholder: '区/县' },
] as const

export interface RegionFieldProps {
  region: [string, string, string]
  onChange: (region: [string, string, string]) => void
}

/** 所在地区: WeChat's region picker; in the browser three fields (省 市 区). */
export function RegionField({ region, onChange }: RegionFieldProps) {
  if (IS_H5) {
    const set = (i: number, value: string) => onChange(region.map((part, j) => (j === i ? value : part)) as [string, string, string])
    return (
      <View className='address-form__region'>
        {PARTS.map((p, i) => (
          <Input
            key={p.key}
            className={`address-form__input address-form__region-part address-form__${p.key}`}
            value={region[i]}
            maxlength={20}
            placeholder={p.placeholder}
            placeholderClass='address-form__placeholder'
            onInput={(e) => set(i, e.detail.value)}
          />
        ))}
      </View>
    )
  }
  const filled = region.every(Boolean)
  return (
    <Picker mode='region' value={region} onChange={(e) => onChange(e.detail.value as [string, string, string])}>
      <Text className={`address-form__input address-form__picker ${filled ? '' : 'address-form__placeholder'}`}>
        {filled ? regionText(region) : '选择省 / 市 / 区'}
      </Text>
    </Picker>
  )
}
