import { Text } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './tag.scss'

export interface TagProps {
  tone?: 'green' | 'amber' | 'berry' | 'plain'
  className?: string
}

export function Tag({ tone = 'green', className = '', children }: PropsWithChildren<TagProps>) {
  return <Text className={`tag tag--${tone} ${className}`}>{children}</Text>
}
