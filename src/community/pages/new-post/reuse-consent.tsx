import { Text, View } from '@tarojs/components'
import { BRAND } from '@/constants/brand'

export interface ReuseConsentProps {
  value: boolean
  onChange: (allow: boolean) => void
}

/** The author's consent for the brand to reuse the post outside the app. Off unless ticked. */
export function ReuseConsent({ value, onChange }: ReuseConsentProps) {
  return (
    <View className={`reuse-consent ${value ? 'reuse-consent--on' : ''}`} data-checked={value ? '1' : '0'} onClick={() => onChange(!value)}>
      <View className='reuse-consent__box'>{value ? <Text className='reuse-consent__tick'>✓</Text> : null}</View>
      <View className='reuse-consent__text'>
        <Text className='reuse-consent__title'>允许{BRAND.name}在公开渠道使用这条晒单</Text>
        <Text className='reuse-consent__note'>
          勾选后，品牌可在公众号、视频号、海报等官方渠道展示这条晒单的图片和文字。不勾选则只在小程序社区里展示。
        </Text>
      </View>
    </View>
  )
}
