import { Image, Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { ContestView } from '@shared/api'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { contestPhaseChip } from '@/utils/contest-phase'
import './contest-cover.scss'

export interface ContestCoverProps {
  contest: Pick<ContestView, 'cover' | 'topic' | 'phase'>
  /** 'card' in a list, 'banner' at the top of a contest's page. */
  size?: 'card' | 'banner'
  className?: string
}

/**
 * A contest's cover picture with its phase chip on it; a contest without one shows its
 * topic on a leafy green ground instead. `children` lie over the bottom edge.
 */
export function ContestCover({ contest, size = 'card', className = '', children }: PropsWithChildren<ContestCoverProps>) {
  const chip = contestPhaseChip(contest.phase)
  const src = imageSrc(contest.cover)
  return (
    <View className={`contest-cover contest-cover--${size} ${src ? '' : 'contest-cover--plain'} ${className}`}>
      {src ? (
        <Image className='contest-cover__image' src={src} mode='aspectFill' />
      ) : (
        <View className='contest-cover__ground'>
          <View className='contest-cover__leaf' />
          <Text className='contest-cover__topic'># {contest.topic}</Text>
        </View>
      )}
      <Tag tone={chip.tone} className='contest-cover__phase'>
        {chip.label}
      </Tag>
      {children ? <View className='contest-cover__foot'>{children}</View> : null}
    </View>
  )
}
