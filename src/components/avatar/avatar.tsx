import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { imageSrc } from '@/services/images'
import './avatar.scss'

export interface AvatarProps {
  src?: string | null
  name: string
  size?: 'sm' | 'md' | 'lg'
  className?: string
}

/** A round avatar from a cloud file id; the name's first character when there is no picture. */
export function Avatar({ src, name, size = 'md', className = '' }: AvatarProps) {
  const [broken, setBroken] = useState(false)
  const url = imageSrc(src)
  return (
    <View className={`avatar avatar--${size} ${className}`}>
      {url && !broken ? (
        <Image className='avatar__img' src={url} mode='aspectFill' onError={() => setBroken(true)} />
      ) : (
        <Text className='avatar__initial'>{name.slice(0, 1)}</Text>
      )}
    </View>
  )
}
