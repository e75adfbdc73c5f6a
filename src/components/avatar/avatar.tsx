import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { imageSrc } from '@/services/images'
import defaultAvatar from '@/assets/avatar/default-avatar.png'
import './avatar.scss'

export interface AvatarProps {
  src?: string | null
  name: string
  size?: 'sm' | 'md' | 'lg'
  /** A member (the default): the app's own default picture when they have none. A shop or brand: its name's first character. */
  kind?: 'member' | 'shop'
  className?: string
}

/** A round avatar from a cloud file id; without one (or when it fails to load) the bundled default picture, or a shop's initial. */
export function Avatar({ src, name, size = 'md', kind = 'member', className = '' }: AvatarProps) {
  const [broken, setBroken] = useState(false)
  const url = broken ? '' : imageSrc(src)
  return (
    <View className={`avatar avatar--${size} ${className}`}>
      {url ? (
        <Image className='avatar__img' src={url} mode='aspectFill' onError={() => setBroken(true)} />
      ) : kind === 'member' ? (
        <Image className='avatar__img avatar__img--default' src={defaultAvatar} mode='aspectFill' />
      ) : (
        <Text className='avatar__initial'>{name.slice(0, 1)}</Text>
      )}
    </View>
  )
}
