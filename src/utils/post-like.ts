import type { PostView } from '@shared/api'

export type LikeState = Pick<PostView, 'liked' | 'likes'>

/** The like as it shows the moment it is tapped: on and one more, or off and one fewer (never below 0). */
export function flipLike({ liked, likes }: LikeState): LikeState {
  return liked ? { liked: false, likes: Math.max(0, likes - 1) } : { liked: true, likes: likes + 1 }
}

/** A like count as the card shows it: 赞 when none, 1.2万 past ten thousand. */
export function likeCountText(likes: number): string {
  if (likes <= 0) return '赞'
  if (likes < 10_000) return String(likes)
  return `${(Math.floor(likes / 1000) / 10).toString()}万`
}

/** The posts of a list with one post's like changed. */
export function withLike<P extends { postId: string } & LikeState>(posts: P[], postId: string, like: LikeState): P[] {
  return posts.map((p) => (p.postId === postId ? { ...p, liked: like.liked, likes: like.likes } : p))
}
