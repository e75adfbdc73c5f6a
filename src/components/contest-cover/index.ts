export { ContestCover } from './contest-cover'
export type { ContestCoverProps } from './contest-cover'
