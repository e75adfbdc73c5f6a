import { tell } from '../../shared/providers/notifier';
import type { CommentDoc } from './comments';
import type { PostDoc } from './posts';

const brief = (text: string, n: number) => (Array.from(text).length > n ? Array.from(text).slice(0, n).join('') + '…' : text);

/** Tells the post's author that a comment on it is visible now (not their own comment). */
export async function noticeComment(post: Pick<PostDoc, '_id' | 'authorOpenid' | 'text'>, comment: CommentDoc, now: Date): Promise<void> {
  if (comment.authorOpenid === post.authorOpenid || comment.status !== 'published') return;
  await tell({
    kind: 'post_commented',
    openid: post.authorOpenid,
    page: `community/pages/post/index?id=${post._id}`,
    title: brief(post.text, 16) || '你的晒单',
    amountFen: 0,
    note: `${comment.author.nickname}：${brief(comment.text, 40)}`,
    place: comment.author.nickname,
    at: now,
  });
}
