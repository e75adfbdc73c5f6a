import { Text, View } from '@tarojs/components'
import { BRAND } from '@/constants/brand'
import { BrandLogo } from './brand-logo'
import './brand-header.scss'

const PROMISES = ['真实拼团 不凑人数', '成团保障 准时发货', '共创官 分享有回报']

/** The home page's masthead: the brand, its tagline and what it promises. */
export function BrandHeader() {
  return (
    <View className='brand-header'>
      <View className='brand-header__row'>
        <BrandLogo />
        <View className='brand-header__text'>
          <Text className='brand-header__name'>{BRAND.name}</Text>
          <Text className='brand-header__tagline'>{BRAND.tagline}</Text>
        </View>
      </View>
      <View className='brand-header__promises'>
        {PROMISES.map((text) => (
          <Text key={text} className='brand-header__promise'>
            {text}
          </Text>
        ))}
      </View>
    </View>
  )
}
