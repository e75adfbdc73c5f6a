import { createMain } from '../shared/runtime/router';
import { getPoll, listPolls, vote } from './actions/polls';
import { createPost, deletePost, getPost, likePost, listPosts, pendingPosts, postableOrders } from './actions/posts';
import { getContest, listContests } from './actions/contests';
import { comment, deleteComment, listComments } from './actions/comments';

/** 社区: polls that decide the next product, and the 晒单 feed with its comments. */
export const main = createMain('community', {
  listPolls,
  getPoll,
  vote,
  createPost,
  listPosts,
  pendingPosts,
  getPost,
  likePost,
  deletePost,
  postableOrders,
  listContests,
  getContest,
  comment,
  listComments,
  deleteComment,
});
