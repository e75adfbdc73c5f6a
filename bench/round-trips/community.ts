import { RoundTripCall, Scene, SHOPPER } from './scene';

/** A poll 小满 may still vote in (open, for everyone). */
const openPoll = (s: Scene) => s.idOf('polls', { title: '晨光能量碗的下一款口味' });
const post = (s: Scene) => s.idOf('posts', { authorOpenid: 'demo-tiantian', status: 'published' });

/** 社区 as 小满 uses it: the votes, the 晒单 feed, a post with its comments, her own post, the contests. */
export const communityCalls: RoundTripCall[] = [
  { key: 'community.listPolls', as: SHOPPER, data: () => ({ action: 'listPolls' }) },
  { key: 'community.getPoll', as: SHOPPER, data: async (s) => ({ action: 'getPoll', pollId: await openPoll(s) }) },
  { key: 'community.vote', as: SHOPPER, data: async (s) => ({ action: 'vote', pollId: await openPoll(s), optionIds: ['o1'] }) },
  { key: 'community.listPosts', as: SHOPPER, data: () => ({ action: 'listPosts', sort: 'newest' }) },
  { key: 'community.pendingPosts', as: SHOPPER, data: () => ({ action: 'pendingPosts' }) },
  { key: 'community.listPosts · hottest', as: SHOPPER, data: () => ({ action: 'listPosts', sort: 'hottest' }) },
  { key: 'community.listPosts · mine', as: SHOPPER, data: () => ({ action: 'listPosts', mine: true }) },
  { key: 'community.getPost', as: SHOPPER, data: async (s) => ({ action: 'getPost', postId: await post(s) }) },
  { key: 'community.likePost', as: SHOPPER, data: async (s) => ({ action: 'likePost', postId: await post(s), like: true }) },
  { key: 'community.listComments', as: SHOPPER, data: async (s) => ({ action: 'listComments', postId: await post(s) }) },
  {
    key: 'community.comment',
    as: SHOPPER,
    data: async (s) => ({ action: 'comment', postId: await post(s), text: '看起来好好吃，周末也去试试', clientToken: 'bench-comment-1' }),
    keep: (s, a) => void (s.kept.commentId = a.comment.commentId),
  },
  { key: 'community.deleteComment', as: SHOPPER, data: (s) => ({ action: 'deleteComment', commentId: s.kept.commentId }) },
  { key: 'community.postableOrders', as: SHOPPER, data: () => ({ action: 'postableOrders' }) },
  {
    key: 'community.createPost',
    as: SHOPPER,
    data: async (s) => {
      const photo = s.cloud.storage.put(`ugc/${SHOPPER}/bench-breakfast.png`, Buffer.from('bench'));
      const orderId = await s.idOf('orders', { openid: SHOPPER, kind: 'solo', status: 'effective' });
      return { action: 'createPost', text: '早餐就靠它了，酸奶很浓，燕麦脆脆的', images: [photo], orderId, allowReuse: true, clientToken: 'bench-post-1' };
    },
    keep: (s, a) => void (s.kept.postId = a.postId),
  },
  { key: 'community.deletePost', as: SHOPPER, data: (s) => ({ action: 'deletePost', postId: s.kept.postId }) },
  { key: 'community.listContests', as: SHOPPER, data: () => ({ action: 'listContests' }) },
  { key: 'community.getContest', as: SHOPPER, data: async (s) => ({ action: 'getContest', contestId: await s.idOf('contests', { title: '早餐搭配征集 · 一周不重样' }) }) },
];
