export { SharePoster } from './share-poster'
export type { SharePosterProps } from './share-poster'
export type { PosterContent } from './share-poster.shared'
