export { SharePoster } from './share-poster'
export type { SharePosterProps } from './share-poster'
export type { CardPosterContent, GroupPosterContent, PosterContent } from './share-poster.shared'
