import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BRAND } from '@/constants/brand'
import { imageSrc } from '@/services/images'

/** The brand logo from cloud storage, or a lettermark while it cannot be loaded. */
export function BrandLogo() {
  const [broken, setBroken] = useState(false)
  return (
    <View className='brand-header__logo'>
      {broken ? (
        <Text className='brand-header__lettermark'>{BRAND.name.slice(0, 1)}</Text>
      ) : (
        <Image className='brand-header__logo-img' src={imageSrc(BRAND.logo)} mode='aspectFill' onError={() => setBroken(true)} />
      )}
    </View>
  )
}
