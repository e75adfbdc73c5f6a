import { Text, View } from '@tarojs/components'
import type { Tier } from '@shared/api'
import { TIER_LABEL, tierLabel } from '@/utils/tier'
import './tier-badge.scss'

export interface TierBadgeProps {
  tier: Tier
  size?: 'sm' | 'md'
  /** Text after the tier's name, e.g. 专属 (体验官专属). */
  suffix?: string
  className?: string
}

const LEAVES: Record<Tier, number> = { explorer: 1, officer: 2, cocreator: 3 }

/** The member's tier, the same everywhere: one leaf for 探索者, two for 体验官, three for 共创官. */
export function TierBadge({ tier, size = 'md', suffix = '', className = '' }: TierBadgeProps) {
  const known = tier in TIER_LABEL ? tier : 'explorer'
  return (
    <View className={`tier-badge tier-badge--${known} tier-badge--${size} ${className}`} data-tier={known}>
      <View className='tier-badge__leaves'>
        {Array.from({ length: LEAVES[known] }, (_, i) => (
          <View key={i} className='tier-badge__leaf' />
        ))}
      </View>
      <Text className='tier-badge__label'>
        {tierLabel(known)}
        {suffix}
      </Text>
    </View>
  )
}
