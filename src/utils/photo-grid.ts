/**
 * Columns of a post's photo grid, as WeChat Moments lays them out: one photo large,
 * two and four in a 2-wide grid, three and five to nine in a 3-wide grid.
 */
export function photoGridColumns(count: number): 1 | 2 | 3 {
  if (count <= 1) return 1
  if (count === 2 || count === 4) return 2
  return 3
}

export { previewPhotos } from '@shared/domain/post'
