/**
 * Columns of a post's photo grid, as WeChat Moments lays them out: one photo large,
 * two and four in a 2-wide grid, three and five to nine in a 3-wide grid.
 */
export function photoGridColumns(count: number): 1 | 2 | 3 {
  if (count <= 1) return 1
  if (count === 2 || count === 4) return 2
  return 3
}

/** Up to `count` photos from a list of posts: every post's first photo, then their second ones, and so on. */
export function previewPhotos(posts: { images: string[] }[], count: number): string[] {
  const picked: string[] = []
  for (let round = 0; picked.length < count && posts.some((p) => p.images.length > round); round++) {
    for (const post of posts) {
      if (picked.length >= count) break
      if (post.images[round]) picked.push(post.images[round])
    }
  }
  return picked
}
