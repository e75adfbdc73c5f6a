import type { Database } from '../shared/runtime/cloud';
import type { DealPostPreview } from '../shared/api';
import type { PostDoc } from '../community/flows/posts';

/** 晒单 shown on a deal page. */
export const DEAL_POSTS_SHOWN = 3;
/** The newest published posts of a product read to pick them from (featured first). */
const POSTS_READ = 20;

/** A few published 晒单 of `productId`: featured first, then newest (one indexed read). */
export async function dealPosts(db: Database, productId: string): Promise<DealPostPreview[]> {
  const res = await db
    .collection('posts')
    .where({ 'product.productId': productId, status: 'published' })
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(POSTS_READ)
    .get();
  const posts = res.data as PostDoc[];
  const shown = [...posts.filter((p) => p.featured), ...posts.filter((p) => !p.featured)].slice(0, DEAL_POSTS_SHOWN);
  return shown.map((p) => ({
    postId: p._id,
    authorNickname: p.author.nickname,
    authorAvatar: p.author.avatar,
    text: p.text,
    image: p.images[0] ?? '',
    likes: p.likes,
    featured: p.featured,
  }));
}
