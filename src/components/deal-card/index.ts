export { DealCard } from './deal-card'
export type { DealCardProps } from './deal-card'
export { DealCardSkeleton } from './deal-card-skeleton'
