import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { adminCall } from '../helpers/distribution';
import { MINUTE, runTimer } from '../helpers/groupbuy';
import { cm, community } from '../helpers/community';
import { contentCheckSandbox } from '../../cloudfunctions/shared/providers/content-check';
import { outbox } from '../../cloudfunctions/shared/providers/notifier';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());
afterEach(() => contentCheckSandbox.failNext(0));

const readPost = async (postId: string) => (await cloud.db.collection('posts').doc(postId).get()).data[0];
const visibleCount = async (postId: string) => (await cloud.db.collection('comments').where({ postId, status: 'published' }).count()).total;
const newPost = async (author = 'author') => (await cm(cloud, author, { action: 'createPost', text: '今天的早餐' })).postId as string;

describe('评论: writing and reading', () => {
  it('publish a clean comment, count it on the card, list it, and tell the post’s author', async () => {
    const postId = await newPost();
    outbox.reset();
    const out = await cm(cloud, 'fan-1', { action: 'comment', postId, text: '看起来好好吃', clientToken: 'c-1' });
    expect(out.comment).toMatchObject({ postId, text: '看起来好好吃', mine: true, canDelete: true, status: 'published', statusNote: null });
    expect(out.comments).toBe(1);
    expect((await cm(cloud, 'reader', { action: 'getPost', postId })).post.comments).toBe(1);
    const listed = await cm(cloud, 'reader', { action: 'listComments', postId });
    expect(listed).toMatchObject({ comments: 1, pending: [] });
    expect(listed.items).toEqual([expect.objectContaining({ commentId: out.comment.commentId, mine: false, canDelete: false })]);
    expect(outbox.sent).toEqual([expect.objectContaining({ kind: 'post_commented', openid: 'author', page: `community/pages/post/index?id=${postId}` })]);
    // The same draft again gives back the same comment, counted once, told once.
    const again = await cm(cloud, 'fan-1', { action: 'comment', postId, text: '看起来好好吃', clientToken: 'c-1' });
    expect(again.comment.commentId).toBe(out.comment.commentId);
    expect((await readPost(postId)).comments).toBe(1);
    expect(outbox.sent).toHaveLength(1);
    // The author commenting on their own post is not told of it.
    await cm(cloud, 'author', { action: 'comment', postId, text: '谢谢！' });
    expect(outbox.sent).toHaveLength(1);
  });

  it('page through many comments, newest first, each exactly once', async () => {
    const postId = await newPost();
    for (let i = 0; i < 25; i++) await cm(cloud, `pager-${i}`, { action: 'comment', postId, text: `第 ${i} 条` });
    const first = await cm(cloud, 'reader', { action: 'listComments', postId });
    const second = await cm(cloud, 'reader', { action: 'listComments', postId, cursor: first.cursor });
    expect(first.items).toHaveLength(20);
    expect(second.cursor).toBeUndefined();
    const texts = [...first.items, ...second.items].map((c: { text: string }) => c.text);
    expect(texts).toHaveLength(25);
    expect(new Set(texts).size).toBe(25);
    expect(texts[0]).toBe('第 24 条');
  });

  it('refuse risky text with CONTENT_REJECTED and write nothing; hold review text for a moderator', async () => {
    const postId = await newPost();
    const before = await cloud.countAll(['comments', 'rewardSlots']);
    const risky = await community(cloud, 'troll', { action: 'comment', postId, text: '私信我，网赌稳赢' });
    expect(risky.error.code).toBe('CONTENT_REJECTED');
    expect(await cloud.countAll(['comments', 'rewardSlots'])).toBe(before);
    expect((await readPost(postId)).comments ?? 0).toBe(0);

    outbox.reset();
    const held = await cm(cloud, 'seller', { action: 'comment', postId, text: '想要同款的加微信问我' });
    expect(held.comment).toMatchObject({ status: 'review', statusNote: expect.stringContaining('审核中') });
    expect(held.comments).toBe(0);
    expect((await cm(cloud, 'reader', { action: 'listComments', postId })).items).toEqual([]);
    expect((await cm(cloud, 'seller', { action: 'listComments', postId })).pending).toEqual([expect.objectContaining({ commentId: held.comment.commentId })]);
    expect(outbox.sent).toEqual([]);

    const queue = await adminCall(cloud, { action: 'moderationComments', queue: 'review' });
    expect(queue.items.find((c: { commentId: string }) => c.commentId === held.comment.commentId)).toMatchObject({ check: { verdict: 'review' }, post: { postId } });
    const approved = await adminCall(cloud, { action: 'moderateComment', commentId: held.comment.commentId, decision: 'approve' });
    expect(approved.comment.status).toBe('published');
    expect((await readPost(postId)).comments).toBe(1);
    expect(outbox.sent.filter((n) => n.kind === 'post_commented')).toHaveLength(1);
    // Approving again changes nothing; hiding takes it off the count, and the author still sees it.
    await adminCall(cloud, { action: 'moderateComment', commentId: held.comment.commentId, decision: 'approve' });
    expect((await readPost(postId)).comments).toBe(1);
    await adminCall(cloud, { action: 'moderateComment', commentId: held.comment.commentId, decision: 'hide', note: '引流' });
    expect((await readPost(postId)).comments).toBe(0);
    expect((await cm(cloud, 'seller', { action: 'listComments', postId })).pending[0]).toMatchObject({ status: 'hidden' });
    expect((await cloud.call('admin', { action: 'moderateComment', commentId: held.comment.commentId, decision: 'hide' }, 'seller')).error.code).toBe('FORBIDDEN');
  });

  it('hold a comment whose check failed, as a post would be', async () => {
    const postId = await newPost();
    contentCheckSandbox.failNext(1);
    const out = await cm(cloud, 'unlucky', { action: 'comment', postId, text: '普通的评论' });
    expect(out.comment.status).toBe('review');
    expect((await readPost(postId)).comments ?? 0).toBe(0);
  });

  it('refuse bad input, and comments on a post others cannot see', async () => {
    const postId = await newPost();
    const before = await cloud.countAll(['comments']);
    expect((await community(cloud, 'x', { action: 'comment', postId, text: '   ' })).error.code).toBe('INVALID_ARGUMENT');
    expect((await community(cloud, 'x', { action: 'comment', postId, text: '长'.repeat(301) })).error.message).toContain('最多 300 字');
    expect((await community(cloud, 'x', { action: 'comment', postId: 'nope', text: '你好' })).error.code).toBe('NOT_FOUND');
    const held = await cm(cloud, 'quiet', { action: 'createPost', text: '加微信团购' });
    expect((await community(cloud, 'x', { action: 'comment', postId: held.postId, text: '你好' })).error.code).toBe('NOT_FOUND');
    expect((await community(cloud, 'x', { action: 'listComments', postId: held.postId })).error.code).toBe('NOT_FOUND');
    expect(await cloud.countAll(['comments'])).toBe(before);
  });

  it('limit a member to a few comments a minute (RATE_LIMITED), then let them go on', async () => {
    const postId = await newPost();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => community(cloud, 'chatty', { action: 'comment', postId, text: `第 ${i} 句` })));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok).every((r) => r.error.code === 'RATE_LIMITED' && /太频繁/.test(r.error.message))).toBe(true);
    await cloud.post('/dev/clock', { advanceMs: 61_000 });
    expect((await community(cloud, 'chatty', { action: 'comment', postId, text: '又来了' })).ok).toBe(true);
    expect((await readPost(postId)).comments).toBe(6);
  });
});

describe('评论: the count when a call died', () => {
  it('finish a count move a dead call left, once, from the next reader or the outbox; prune the journal after', async () => {
    const postId = await newPost();
    const live = (await cm(cloud, 'alive', { action: 'comment', postId, text: '活着的评论' })).comment;
    // A comment stored by a call that died before moving the count: it owes the count.
    const at = new Date(Date.parse((await (await fetch(`${cloud.url}/dev/clock`)).json()).data.now));
    const author = { nickname: '断线', avatar: '', tier: 'explorer' };
    const dead = { _id: 'dead-comment-1', postId, postAuthorOpenid: 'author', authorOpenid: 'dead', author, text: '断线前发出的', status: 'published', check: { verdict: 'pass', label: '' }, moderation: null, moves: 0, owed: { key: 'comment:dead-comment-1:0', delta: 1 }, createdAt: at, updatedAt: at };
    await cloud.db.collection('comments').add(dead);
    expect((await readPost(postId)).comments).toBe(1);
    // The reader finishes it (the live comment's debt is paid already: not moved again).
    expect((await cm(cloud, 'reader', { action: 'listComments', postId })).comments).toBe(2);
    expect((await cm(cloud, 'reader', { action: 'listComments', postId })).comments).toBe(2);
    // The outbox clears the paid debts; once the journal's keys are old, it prunes them.
    cloud.clock.advance(2 * MINUTE);
    await runTimer(cloud, 'drainOutbox');
    expect((await cloud.db.collection('comments').where({ postId, owed: cloud.db.command.neq(null) }).count()).total).toBe(0);
    cloud.clock.advance(31 * MINUTE);
    await runTimer(cloud, 'drainOutbox');
    const post = await readPost(postId);
    expect(post).toMatchObject({ comments: 2, applied: [] });
    expect(await cm(cloud, 'alive', { action: 'deleteComment', commentId: live.commentId })).toEqual({ status: 'deleted', comments: 1 });
    expect(await visibleCount(postId)).toBe(1);
  });
});

describe('评论: deleting', () => {
  it('let the comment’s author and a moderator delete it, nobody else; deleting twice is fine', async () => {
    const postId = await newPost();
    const a = (await cm(cloud, 'writer-a', { action: 'comment', postId, text: '第一条' })).comment;
    const b = (await cm(cloud, 'writer-b', { action: 'comment', postId, text: '第二条' })).comment;
    expect((await community(cloud, 'writer-b', { action: 'deleteComment', commentId: a.commentId })).error.code).toBe('FORBIDDEN');
    expect((await community(cloud, 'author', { action: 'deleteComment', commentId: a.commentId })).error.code).toBe('FORBIDDEN');
    expect(await cm(cloud, 'writer-a', { action: 'deleteComment', commentId: a.commentId })).toEqual({ status: 'deleted', comments: 1 });
    expect(await cm(cloud, 'writer-a', { action: 'deleteComment', commentId: a.commentId })).toEqual({ status: 'deleted', comments: 1 });
    const asAdmin = await cm(cloud, 'demo-admin', { action: 'listComments', postId });
    expect(asAdmin.items).toEqual([expect.objectContaining({ commentId: b.commentId, canDelete: true })]);
    expect(await cm(cloud, 'demo-admin', { action: 'deleteComment', commentId: b.commentId })).toEqual({ status: 'deleted', comments: 0 });
    expect((await cm(cloud, 'reader', { action: 'listComments', postId })).items).toEqual([]);
  });

  it('keep the count equal to the visible comments under 20 concurrent comments and deletes', async () => {
    const postId = await newPost();
    const early = await Promise.all(Array.from({ length: 10 }, (_, i) => cm(cloud, `crowd-${i}`, { action: 'comment', postId, text: `先到的 ${i}` })));
    const calls = [
      ...Array.from({ length: 20 }, (_, i) => community(cloud, `late-${i}`, { action: 'comment', postId, text: `后到的 ${i}`, clientToken: `late-${i}` })),
      // Every delete twice at once, and every late comment sent twice: a retry changes nothing.
      ...early.flatMap(({ comment }, i) => [0, 1].map(() => community(cloud, `crowd-${i}`, { action: 'deleteComment', commentId: comment.commentId }))),
      ...Array.from({ length: 20 }, (_, i) => community(cloud, `late-${i}`, { action: 'comment', postId, text: `后到的 ${i}`, clientToken: `late-${i}` })),
    ];
    const results = await Promise.all(calls);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(await visibleCount(postId)).toBe(20);
    const post = await readPost(postId);
    expect(post.comments).toBe(20);
    // Every debt a comment still carries is paid (its key in the post's journal); the outbox clears them.
    const debts = (await cloud.db.collection('comments').where({ postId, owed: cloud.db.command.neq(null) }).limit(100).get()).data;
    expect(debts.every((c: { owed: { key: string } }) => post.applied.some((e: { key: string }) => e.key === c.owed.key))).toBe(true);
    cloud.clock.advance(2 * MINUTE);
    for (let run = 0; run < 5 && (await runTimer(cloud, 'drainOutbox')).data.more; run++);
    expect((await cloud.db.collection('comments').where({ postId, owed: cloud.db.command.neq(null) }).count()).total).toBe(0);
    expect((await readPost(postId)).comments).toBe(20);
    // Deleting all of them at once takes the count back to zero.
    const listed = [...(await cm(cloud, 'reader', { action: 'listComments', postId })).items];
    const deletes = await Promise.all(listed.map((c: { commentId: string }) => community(cloud, 'demo-admin', { action: 'deleteComment', commentId: c.commentId })));
    expect(deletes.every((r) => r.ok)).toBe(true);
    expect((await readPost(postId)).comments).toBe(0);
    expect(await visibleCount(postId)).toBe(0);
  });
});
