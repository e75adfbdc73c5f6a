import { withQuery } from './page-paths'

/**
 * Pages of the 晒单 community (no leading slash). The feed is a tab in the main package;
 * a post and the new-post page live in the `community` subpackage, which the feed preloads.
 */
export const FEED_PATH = 'pages/community/index'
export const NEW_POST_PATH = 'community/pages/new-post/index'
export const MY_POSTS_PATH = 'community/pages/my-posts/index'

export const postPath = (postId: string) => withQuery('community/pages/post/index', { id: postId })

export const adminPostsPath = () => 'admin/pages/posts/index'

/** 「<product> 的晒单」: every published post of one product (the deal page's 查看全部). */
export const productPostsPath = (productId: string) => withQuery('community/pages/product-posts/index', { productId })

export const CONTESTS_PATH = 'community/pages/contests/index'
export const contestPath = (contestId: string) => withQuery('community/pages/contest/index', { id: contestId })
/** The new-post page entering a contest. */
export const newContestPostPath = (contestId: string) => withQuery(NEW_POST_PATH, { contestId })
/** The new-post page with one of the caller's orders already tied (已购认证). */
export const newOrderPostPath = (orderId: string) => withQuery(NEW_POST_PATH, { orderId })
/** The new-post page tagged with an event the member attended (线下活动). */
export const newEventPostPath = (eventId: string) => withQuery(NEW_POST_PATH, { eventId })

export const adminContestsPath = () => 'admin/pages/contests/index'
