export { TierBadge } from './tier-badge'
export type { TierBadgeProps } from './tier-badge'
