import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { adminCall } from '../helpers/distribution';
import { gb, makeDeal, pay, runTimer } from '../helpers/groupbuy';
import { cm, community, eventually, uploadPhoto } from '../helpers/community';
import { contentCheckSandbox } from '../../cloudfunctions/shared/providers/content-check';
import { now } from '../../cloudfunctions/shared/runtime/clock';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  await cloud.db.collection('products').add({ _id: 'p-bowl', name: '晨光能量碗', summary: '', description: '', image: 'cloud://gongying-local.local-bucket/products/morning-bowl.png', images: [], tags: [], createdAt: now() });
});
afterAll(() => cloud.stop());
afterEach(() => {
  contentCheckSandbox.failNext(0);
  cloud.mediaChecks.hold(false);
});

const me = (openid: string) => cloud.call('member', { action: 'me' }, openid).then((r) => r.data);
const grantsOf = async (openid: string) => (await cloud.db.collection('grants').where({ openid }).limit(100).get()).data;
const readPost = async (postId: string) => (await cloud.db.collection('posts').doc(postId).get()).data[0];
/** The outbox's run (drainOutbox): authors' rewards are granted there. */
const drain = () => runTimer(cloud, 'drainOutbox');

/** Two members buy the deal together; the order of `buyer` becomes effective. */
async function effectiveOrder(buyer: string, partner: string): Promise<string> {
  const dealId = await makeDeal(cloud, { productId: 'p-bowl', groupSize: 2 });
  const start = await gb(cloud, buyer, { action: 'startGroup', dealId });
  await pay(cloud, start.orderId);
  const join = await gb(cloud, partner, { action: 'joinGroup', groupId: start.groupId });
  await pay(cloud, join.orderId);
  const order = await gb(cloud, buyer, { action: 'getOrder', orderId: start.orderId });
  expect(order.order.status).toBe('effective');
  return start.orderId;
}

describe('晒单: publishing and the content check', () => {
  it('publish clean text at once, reward the author, and show it in the feed', async () => {
    const created = await cm(cloud, 'poster-1', { action: 'createPost', text: '早餐换成能量碗一周，精神好多了', topic: '早餐搭配', allowReuse: true });
    expect(created.status).toBe('published');
    expect(created.post).toMatchObject({ mine: true, verified: false, likes: 0, liked: false, topic: '早餐搭配', allowReuse: true, statusNote: null });
    const feed = await cm(cloud, 'reader', { action: 'listPosts', sort: 'newest' });
    expect(feed.items.map((p: { postId: string }) => p.postId)).toContain(created.postId);
    expect(feed.items.find((p: { postId: string }) => p.postId === created.postId).mine).toBe(false);
    // The reward is owed in the post's insert and granted by the outbox, once.
    expect(await readPost(created.postId)).toMatchObject({ rewardDue: true, rewardsDue: [{ kind: 'post', key: `post:${created.postId}` }] });
    await drain();
    await drain();
    expect(await me('poster-1')).toMatchObject({ growth: 10, points: 10 });
  });

  it('refuse risky text with CONTENT_REJECTED and store nothing', async () => {
    const before = await cloud.countAll(['posts', 'mediaChecks', 'grants', 'rewardSlots']);
    const photo = await uploadPhoto(cloud, 'risky-poster', 'risky-one');
    cloud.mediaChecks.hold(true);
    const res = await community(cloud, 'risky-poster', { action: 'createPost', text: '私信我，网赌稳赢', images: [photo] });
    expect(res.ok).toBe(false);
    expect(res.error.code).toBe('CONTENT_REJECTED');
    expect(res.error.message).toMatch(/修改后再发布/);
    expect(await cloud.countAll(['posts', 'mediaChecks', 'grants', 'rewardSlots'])).toBe(before);
    expect(cloud.mediaChecks.waiting).toEqual([]);
  });

  it('keep review text out of sight until an admin approves it', async () => {
    const created = await cm(cloud, 'poster-2', { action: 'createPost', text: '想要同款的加微信问我' });
    expect(created.status).toBe('review');
    expect(created.post.statusNote).toMatch(/审核中/);
    expect((await community(cloud, 'reader', { action: 'getPost', postId: created.postId })).error.code).toBe('NOT_FOUND');
    expect((await cm(cloud, 'reader', { action: 'listPosts' })).items.map((p: { postId: string }) => p.postId)).not.toContain(created.postId);
    expect((await community(cloud, 'reader', { action: 'likePost', postId: created.postId })).error.code).toBe('NOT_FOUND');
    const own = await cm(cloud, 'poster-2', { action: 'pendingPosts' });
    expect(own.items.map((p: { postId: string }) => p.postId)).toEqual([created.postId]);
    expect((await cm(cloud, 'poster-2', { action: 'getPost', postId: created.postId })).post.status).toBe('review');
    expect((await me('poster-2')).growth).toBe(0);

    const queue = await adminCall(cloud, { action: 'moderationPosts', queue: 'review' });
    expect(queue.items.find((p: { postId: string }) => p.postId === created.postId).checks.text).toEqual({ verdict: 'review', label: 'diversion' });
    const approved = await adminCall(cloud, { action: 'moderatePost', postId: created.postId, decision: 'approve' });
    expect(approved.post).toMatchObject({ status: 'published', moderation: { action: 'approve', by: 'demo-admin' } });
    expect((await cm(cloud, 'reader', { action: 'getPost', postId: created.postId })).post.status).toBe('published');
    expect((await me('poster-2')).growth).toBe(10);
    // Approving again changes nothing and grants nothing more.
    await adminCall(cloud, { action: 'moderatePost', postId: created.postId, decision: 'approve' });
    expect((await me('poster-2')).growth).toBe(10);
  });

  it('keep a post hidden when the text check fails, for a moderator to decide', async () => {
    contentCheckSandbox.failNext(1);
    const created = await cm(cloud, 'poster-3', { action: 'createPost', text: '周末野餐带了燕麦脆' });
    expect(created.status).toBe('review');
    const doc = await readPost(created.postId);
    expect(doc.checks.text).toEqual({ verdict: 'error', label: 'check_failed' });
    expect((await community(cloud, 'reader', { action: 'getPost', postId: created.postId })).error.code).toBe('NOT_FOUND');
  });

  it('publish a post with photos only after every photo passed, through the callback function', async () => {
    cloud.mediaChecks.hold(true);
    const photos = [await uploadPhoto(cloud, 'poster-4', 'bowl-a'), await uploadPhoto(cloud, 'poster-4', 'bowl-b')];
    const created = await cm(cloud, 'poster-4', { action: 'createPost', text: '两种吃法', images: photos });
    expect(created.status).toBe('checking');
    expect(created.post.statusNote).toMatch(/检测中/);
    expect(cloud.mediaChecks.waiting).toHaveLength(2);
    expect((await community(cloud, 'reader', { action: 'getPost', postId: created.postId })).error.code).toBe('NOT_FOUND');
    const [first] = cloud.mediaChecks.waiting;
    await cloud.mediaChecks.deliver(first);
    expect((await readPost(created.postId)).status).toBe('checking');
    await cloud.mediaChecks.deliver();
    const post = (await cm(cloud, 'reader', { action: 'getPost', postId: created.postId })).post;
    expect(post).toMatchObject({ status: 'published', images: photos });
    expect((await me('poster-4')).growth).toBe(10);
    // The platform delivering a verdict twice changes nothing.
    const again = await cloud.functions.get('mediaCheckNotify')!(
      { MsgType: 'event', Event: 'wxa_media_check', trace_id: first, version: 2, result: { suggest: 'risky', label: '20002' } },
      {},
    );
    expect(again).toMatchObject({ ok: true });
    expect((await readPost(created.postId)).status).toBe('published');
  });

  it('keeps each photo’s list-sized copy, checks it like the photo, and lists the copies (the viewer opens the photos)', async () => {
    const photos = [await uploadPhoto(cloud, 'poster-t', 'grid-a'), await uploadPhoto(cloud, 'poster-t', 'grid-b')];
    const copy = await uploadPhoto(cloud, 'poster-t', 'grid-a.thumb', 'jpg');
    // A copy that is not the photo's own (another name) is refused, with nothing written.
    const wrong = await community(cloud, 'poster-t', { action: 'createPost', text: '错配', images: photos, thumbs: [photos[1], photos[0]] });
    expect(wrong.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('缩略图') });
    expect((await cloud.db.collection('posts').where({ authorOpenid: 'poster-t' }).count()).total).toBe(0);

    cloud.mediaChecks.hold(true);
    // The second photo had no copy made: it stands for itself.
    const created = await cm(cloud, 'poster-t', { action: 'createPost', text: '缩略图', images: photos, thumbs: [copy, photos[1]] });
    expect(cloud.mediaChecks.waiting).toHaveLength(3);
    expect((await readPost(created.postId)).checks.images.map((c: { fileId: string }) => c.fileId)).toEqual([...photos, copy]);
    await cloud.mediaChecks.deliver();
    const post = (await cm(cloud, 'reader', { action: 'getPost', postId: created.postId })).post;
    expect(post).toMatchObject({ status: 'published', images: photos, thumbs: [copy, photos[1]] });
    // Without copies the list shows the photos.
    const plain = await cm(cloud, 'poster-t', { action: 'createPost', text: '无缩略图', images: [photos[0]] });
    expect(plain.post.thumbs).toEqual([photos[0]]);
  });

  it('send a photo marked for review to the queue and hide a risky one; answered automatically', async () => {
    const review = await cm(cloud, 'poster-5', { action: 'createPost', text: '开箱', images: [await uploadPhoto(cloud, 'poster-5', 'needs-review')] });
    const risky = await cm(cloud, 'poster-5', { action: 'createPost', text: '开箱二', images: [await uploadPhoto(cloud, 'poster-5', 'risky-photo')] });
    const settled = async (postId: string) => eventually(() => readPost(postId), (p) => p.status !== 'checking');
    expect((await settled(review.postId)).status).toBe('review');
    const hidden = await settled(risky.postId);
    expect(hidden.status).toBe('hidden');
    expect(hidden.checks.images[0]).toMatchObject({ verdict: 'risky', label: 'marked-url' });
    const own = await cm(cloud, 'poster-5', { action: 'getPost', postId: risky.postId });
    expect(own.post.statusNote).toMatch(/未通过审核/);
  });

  it('take a verdict that arrives before its post is written', async () => {
    cloud.mediaChecks.hold(true);
    const { recordImageVerdict, registerImageChecks, settlePost } = await import('../../cloudfunctions/community/flows/checks');
    await recordImageVerdict(cloud.db, { traceId: 'early-trace', verdict: 'pass', label: '100' }, now());
    await registerImageChecks(cloud.db, 'early-post', [{ fileId: 'cloud://x.y/ugc/a.png', traceId: 'early-trace', verdict: null, label: '' }], now());
    const at = now();
    await cloud.db.collection('posts').add({
      _id: 'early-post', authorOpenid: 'early', author: { nickname: 'e', avatar: '', tier: 'explorer' }, text: 't', images: ['cloud://x.y/ugc/a.png'],
      orderId: null, verified: false, product: null, topic: null, allowReuse: false, status: 'checking', featured: false, featuredAt: null, likes: 0,
      checks: { text: { verdict: 'pass', label: 'normal' }, images: [{ fileId: 'cloud://x.y/ugc/a.png', traceId: 'early-trace', verdict: null, label: '' }] },
      moderation: null, createdAt: at, updatedAt: at, publishedAt: null,
    });
    expect((await settlePost(cloud.db, 'early-post', now()))?.status).toBe('published');
  });

  it('refuse bad input with a Chinese message and write nothing', async () => {
    const before = await cloud.countAll(['posts', 'mediaChecks']);
    const bad = [
      { text: '' },
      { text: '字'.repeat(1001) },
      { text: 'x', images: ['https://evil.example/a.png'] },
      { text: 'x', images: Array.from({ length: 10 }, (_, i) => `cloud://e.b/ugc/${i}.png`) },
      { text: 'x', images: ['cloud://e.b/ugc/a.png', 'cloud://e.b/ugc/a.png'] },
      { text: 'x', topic: '话'.repeat(21) },
      { text: 'x', allowReuse: 'yes' },
    ];
    for (const input of bad) {
      const res = await community(cloud, 'bad-input', { action: 'createPost', ...input });
      expect(res.ok).toBe(false);
      expect(res.error.code).toBe('INVALID_ARGUMENT');
      expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await community(cloud, 'bad-input', { action: 'createPost', text: 'x', productId: 'nope' })).error.code).toBe('NOT_FOUND');
    expect(await cloud.countAll(['posts', 'mediaChecks'])).toBe(before);
  });

  it('make one post of a draft sent twice (clientToken)', async () => {
    const draft = { action: 'createPost', text: '同一份草稿', clientToken: 'draft-1' };
    const [a, b] = await Promise.all([cm(cloud, 'retry', draft), cm(cloud, 'retry', draft)]);
    expect(a.postId).toBe(b.postId);
    expect((await cloud.db.collection('posts').where({ authorOpenid: 'retry' }).count()).total).toBe(1);
    expect((await cm(cloud, 'another', draft)).postId).not.toBe(a.postId);
  });
});

describe('晒单: 已购认证', () => {
  it('list a product bought twice once in 关联订单, and tie a post to either of its orders', async () => {
    const first = await effectiveOrder('twice-1', 'twice-2');
    const second = await effectiveOrder('twice-1', 'twice-3');
    const { items } = await cm(cloud, 'twice-1', { action: 'postableOrders' });
    expect(items).toEqual([expect.objectContaining({ orderId: second, orderIds: [second, first], productId: 'p-bowl' })]);
    const post = await cm(cloud, 'twice-1', { action: 'createPost', text: '又买了一次', orderId: first });
    expect(post.post).toMatchObject({ verified: true, product: { productId: 'p-bowl' } });
  });

  it('badge a post tied to the author’s own effective order, and only that', async () => {
    const orderId = await effectiveOrder('buyer-1', 'buyer-2');
    const { items } = await cm(cloud, 'buyer-1', { action: 'postableOrders' });
    expect(items).toEqual([expect.objectContaining({ orderId, productId: 'p-bowl' })]);
    const post = await cm(cloud, 'buyer-1', { action: 'createPost', text: '到货了，很新鲜', orderId });
    expect(post.post).toMatchObject({ verified: true, product: { productId: 'p-bowl', name: '晨光能量碗', dealId: expect.any(String) } });
    expect((await community(cloud, 'buyer-3', { action: 'createPost', text: '蹭一个认证', orderId })).error.code).toBe('NOT_FOUND');
    const dealId = await makeDeal(cloud, { productId: 'p-bowl' });
    const unpaid = await gb(cloud, 'buyer-3', { action: 'startGroup', dealId });
    expect((await community(cloud, 'buyer-3', { action: 'createPost', text: '还没成团', orderId: unpaid.orderId })).error.code).toBe('ORDER_STATE');
    const plain = await cm(cloud, 'buyer-3', { action: 'createPost', text: '看起来不错', productId: 'p-bowl' });
    expect(plain.post).toMatchObject({ verified: false, product: { productId: 'p-bowl' } });
    // A refund takes the badge away.
    await adminCall(cloud, { action: 'refundOrder', orderId, reason: '质量问题' });
    expect((await readPost(post.postId)).verified).toBe(false);
  });
});

describe('晒单: likes', () => {
  it('count 50 members liking at once as 50, and pay the author only up to the daily cap', async () => {
    const { postId } = await cm(cloud, 'popular', { action: 'createPost', text: '人气晒单' });
    const likes = await Promise.all(Array.from({ length: 50 }, (_, i) => cm(cloud, `fan-${i}`, { action: 'likePost', postId })));
    expect(likes.every((l) => l.liked)).toBe(true);
    expect((await readPost(postId)).likes).toBe(50);
    expect((await cloud.db.collection('likes').where({ postId }).count()).total).toBe(50);
    const fan = await cm(cloud, 'fan-0', { action: 'getPost', postId });
    expect(fan.post).toMatchObject({ liked: true, likes: 50 });
    // 10 for the post, then 1 growth and 1 point for each of the first 20 likes of the day, granted by the outbox.
    expect((await readPost(postId)).rewardsDue).toHaveLength(51);
    // Two drains at once grant each reward once and take no more of the day's slots than they grant.
    await Promise.all([drain(), drain()]);
    expect(await me('popular')).toMatchObject({ growth: 30, points: 30 });
    expect(await readPost(postId)).toMatchObject({ rewardsDue: [] });
    expect((await readPost(postId)).rewardDue).toBeUndefined();
    await drain();
    expect(await me('popular')).toMatchObject({ growth: 30, points: 30 });
  });

  it('keep the count equal to the final state when one member taps fast', async () => {
    const { postId } = await cm(cloud, 'tapped', { action: 'createPost', text: '手快的点赞' });
    for (let round = 0; round < 3; round++) {
      const taps = await Promise.all(Array.from({ length: 15 }, () => community(cloud, 'tapper', { action: 'likePost', postId })));
      expect(taps.filter((t) => !t.ok)).toEqual([]);
      const stored = (await cloud.db.collection('likes').where({ postId }).count()).total;
      const post = await cm(cloud, 'tapper', { action: 'getPost', postId });
      expect(post.post).toMatchObject({ likes: stored, liked: stored === 1 });
      expect((await readPost(postId)).likes).toBe(stored);
    }
    // Sequential taps alternate.
    const first = await cm(cloud, 'tapper', { action: 'likePost', postId });
    const second = await cm(cloud, 'tapper', { action: 'likePost', postId });
    expect(second).toEqual({ liked: !first.liked, likes: first.liked ? 0 : 1 });
    const set = await Promise.all(Array.from({ length: 8 }, () => cm(cloud, 'tapper', { action: 'likePost', postId, like: false })));
    expect(set.every((s) => s.liked === false)).toBe(true);
    expect((await readPost(postId)).likes).toBe(0);
    // The like taken back still earned its author the reward (once), granted by the outbox.
    await drain();
    expect((await grantsOf('tapped')).filter((g: { _id: string }) => g._id.startsWith('like:'))).toHaveLength(1);
    // Liking again after taking it back pays the author nothing more.
    await cm(cloud, 'tapper', { action: 'likePost', postId, like: true });
    expect((await readPost(postId)).rewardDue).toBeUndefined();
    await drain();
    expect((await grantsOf('tapped')).filter((g: { _id: string }) => g._id.startsWith('like:'))).toHaveLength(1);
  });

  it('never pay an author for liking their own post', async () => {
    const { postId } = await cm(cloud, 'narcissus', { action: 'createPost', text: '自己点个赞' });
    await cm(cloud, 'narcissus', { action: 'likePost', postId });
    await drain();
    expect((await grantsOf('narcissus')).map((g: { _id: string }) => g._id)).toEqual([`post:${postId}`]);
  });
});

describe('晒单: feeds', () => {
  it('return every post exactly once across pages while new posts arrive', async () => {
    const author = (i: number) => `pager-${i % 4}`;
    for (let i = 0; i < 23; i++) await cm(cloud, author(i), { action: 'createPost', text: `翻页晒单 ${i}` });
    const all = (await cloud.db.collection('posts').where({ status: 'published' }).limit(1000).get()).data.map((p: { _id: string }) => p._id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let arrived = 0;
    do {
      const page = await cm(cloud, 'scroller', { action: 'listPosts', sort: 'newest', ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((p: { postId: string }) => p.postId));
      cursor = page.cursor;
      await cm(cloud, author(arrived), { action: 'createPost', text: `新来的 ${arrived++}` });
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...all].sort());
  });

  it('sort hottest by likes and list featured posts; feature rewards once, hide takes it back', async () => {
    const quiet = await cm(cloud, 'hot-a', { action: 'createPost', text: '冷门' });
    const hot = await cm(cloud, 'hot-b', { action: 'createPost', text: '爆款' });
    await drain();
    await Promise.all(Array.from({ length: 60 }, (_, i) => cm(cloud, `hot-fan-${i}`, { action: 'likePost', postId: hot.postId })));
    const hottest = await cm(cloud, 'reader', { action: 'listPosts', sort: 'hottest' });
    expect(hottest.items[0].postId).toBe(hot.postId);
    expect(hottest.items.map((p: { likes: number }) => p.likes)).toEqual([...hottest.items.map((p: { likes: number }) => p.likes)].sort((a, b) => b - a));

    const growthBefore = (await me('hot-a')).growth;
    await adminCall(cloud, { action: 'moderatePost', postId: quiet.postId, decision: 'feature' });
    await adminCall(cloud, { action: 'moderatePost', postId: quiet.postId, decision: 'feature' });
    expect((await me('hot-a')).growth).toBe(growthBefore + 30);
    const featured = await cm(cloud, 'reader', { action: 'listPosts', sort: 'featured' });
    expect(featured.items[0]).toMatchObject({ postId: quiet.postId, featured: true });

    const hidden = await adminCall(cloud, { action: 'moderatePost', postId: quiet.postId, decision: 'hide', note: '图片与商品无关' });
    expect(hidden.post).toMatchObject({ status: 'hidden', featured: false });
    expect((await me('hot-a')).growth).toBe(growthBefore - 10);
    expect((await cm(cloud, 'hot-a', { action: 'getPost', postId: quiet.postId })).post.statusNote).toContain('图片与商品无关');
    expect((await cm(cloud, 'reader', { action: 'listPosts', sort: 'featured' })).items.map((p: { postId: string }) => p.postId)).not.toContain(quiet.postId);
    const refused = await cloud.call('admin', { action: 'moderatePost', postId: quiet.postId, decision: 'feature' }, 'demo-admin');
    expect(refused.error.code).toBe('POST_STATE');
    expect((await cloud.call('admin', { action: 'moderationPosts', queue: 'review' }, 'hot-a')).error.code).toBe('FORBIDDEN');
    // A moderator acting on a stale card does not undo another's decision.
    const stale = await cloud.call('admin', { action: 'moderatePost', postId: quiet.postId, decision: 'approve', seenStatus: 'published' }, 'demo-admin');
    expect(stale.error.code).toBe('CONFLICT');
    expect((await readPost(quiet.postId)).status).toBe('hidden');
  });

  it('let an author list and delete their own posts, and nobody else’s', async () => {
    const { postId } = await cm(cloud, 'deleter', { action: 'createPost', text: '发错了' });
    await cm(cloud, 'deleter', { action: 'createPost', text: '想要同款的加微信' });
    const mine = await cm(cloud, 'deleter', { action: 'listPosts', mine: true });
    expect(mine.items.map((p: { status: string }) => p.status).sort()).toEqual(['published', 'review']);
    expect((await community(cloud, 'stranger', { action: 'deletePost', postId })).error.code).toBe('NOT_FOUND');
    expect(await cm(cloud, 'deleter', { action: 'deletePost', postId })).toEqual({ status: 'deleted' });
    expect(await cm(cloud, 'deleter', { action: 'deletePost', postId })).toEqual({ status: 'deleted' });
    expect((await community(cloud, 'deleter', { action: 'getPost', postId })).error.code).toBe('NOT_FOUND');
    expect((await me('deleter')).growth).toBe(0);
    // Deleted before the outbox granted its reward: it earns nothing, and owes nothing more.
    await drain();
    expect((await me('deleter')).growth).toBe(0);
    expect(await grantsOf('deleter')).toEqual([]);
    expect((await readPost(postId)).rewardDue).toBeUndefined();
  });
});

describe('local file storage', () => {
  it('store an uploaded photo under its cloud file id and serve it; refuse what is not a picture', async () => {
    const fileId = await uploadPhoto(cloud, 'uploader', 'served');
    expect(fileId).toBe('cloud://gongying-local.local-bucket/ugc/uploader/served.png');
    const served = await fetch(`${cloud.url}/storage/ugc/uploader/served.png`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    const refuse = async (path: string, body: BodyInit, openid?: string) =>
      fetch(`${cloud.url}/storage/upload?cloudPath=${encodeURIComponent(path)}`, { method: 'POST', headers: openid ? { 'x-wx-openid': openid } : {}, body });
    expect((await refuse('ugc/uploader/a.png', 'not a png', 'uploader')).status).toBe(400);
    expect((await refuse('../../etc/passwd.png', 'x', 'uploader')).status).toBe(400);
    expect((await refuse('products/morning-bowl.png', 'x', 'uploader')).status).toBe(403);
    expect((await refuse('ugc/a.png', 'x')).status).toBe(401);
  });

  it('refuse a client calling the image-check callback', async () => {
    const res = await cloud.call('mediaCheckNotify', { MsgType: 'event', Event: 'wxa_media_check', trace_id: 'x', version: 2, result: { suggest: 'pass', label: '100' } }, 'sneaky');
    expect(res).toMatchObject({ ok: false });
    expect((await cloud.db.collection('mediaChecks').where({ _id: 'x' }).count()).total).toBe(0);
  });
});

describe('晒单: contests', () => {
  const HOUR = 3_600_000;
  const draft = (over: Record<string, unknown> = {}) => ({
    title: '早餐搭配大赛', description: '晒出你的能量碗吃法', topic: '早餐搭配',
    startAt: new Date(now().getTime() - HOUR).toISOString(), endAt: new Date(now().getTime() + 2 * HOUR).toISOString(),
    reward: { growth: 50, points: 100 }, maxWinners: 2, ...over,
  });

  it('take entries while open, list them, and reward the winners once after the end', async () => {
    const { contest } = await adminCall(cloud, { action: 'saveContest', draft: draft() });
    expect(contest).toMatchObject({ phase: 'open', entries: 0, winners: [] });
    const a = await cm(cloud, 'entrant-a', { action: 'createPost', text: '我的能量碗', contestId: contest.contestId });
    const b = await cm(cloud, 'entrant-b', { action: 'createPost', text: '燕麦碗加香蕉', contestId: contest.contestId, topic: '自定义话题' });
    expect(a.post).toMatchObject({ topic: '早餐搭配', contest: { contestId: contest.contestId, title: '早餐搭配大赛', winner: false } });
    expect(b.post.topic).toBe('自定义话题');
    const entries = await cm(cloud, 'reader', { action: 'listPosts', contestId: contest.contestId });
    expect(entries.items.map((p: { postId: string }) => p.postId).sort()).toEqual([a.postId, b.postId].sort());
    expect(entries.pending).toBeUndefined();
    expect((await cm(cloud, 'reader', { action: 'getContest', contestId: contest.contestId })).contest.entries).toBe(2);
    const early = await cloud.call('admin', { action: 'awardContest', contestId: contest.contestId, postIds: [a.postId] }, 'demo-admin');
    expect(early.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('活动结束后') });

    await cloud.post('/dev/clock', { advanceMs: 3 * HOUR });
    expect((await community(cloud, 'late', { action: 'createPost', text: '晚了', contestId: contest.contestId })).error.message).toContain('不在征集时间');
    expect((await cm(cloud, 'reader', { action: 'listContests' })).items.find((c: { contestId: string }) => c.contestId === contest.contestId).phase).toBe('judging');
    const outsider = await cm(cloud, 'outsider', { action: 'createPost', text: '不是参赛作品' });
    expect((await cloud.call('admin', { action: 'awardContest', contestId: contest.contestId, postIds: [outsider.postId] }, 'demo-admin')).error.code).toBe('INVALID_ARGUMENT');
    const growthBefore = (await me('entrant-a')).growth;
    const awarded = await adminCall(cloud, { action: 'awardContest', contestId: contest.contestId, postIds: [a.postId] });
    expect(awarded.contest).toMatchObject({ phase: 'awarded', winners: [{ postId: a.postId }] });
    // The same award again finishes nothing new; another one is refused.
    await adminCall(cloud, { action: 'awardContest', contestId: contest.contestId, postIds: [a.postId] });
    expect((await cloud.call('admin', { action: 'awardContest', contestId: contest.contestId, postIds: [b.postId] }, 'demo-admin')).error.code).toBe('INVALID_ARGUMENT');
    expect((await me('entrant-a')).growth).toBe(growthBefore + 30 + 50);
    const winner = (await cm(cloud, 'reader', { action: 'getPost', postId: a.postId })).post;
    expect(winner).toMatchObject({ featured: true, contest: { winner: true } });
  });

  it('enter an open contest from any composer: a post carrying its topic (chosen, or #topic in the text) is an entry', async () => {
    const { contest } = await adminCall(cloud, { action: 'saveContest', draft: draft({ title: '露营征集', topic: '露营便当' }) });
    const chosen = await cm(cloud, 'topic-a', { action: 'createPost', text: '帐篷边的便当', topic: '露营便当' });
    const tagged = await cm(cloud, 'topic-b', { action: 'createPost', text: '山里的早饭 #露营便当' });
    const other = await cm(cloud, 'topic-c', { action: 'createPost', text: '普通的一餐', topic: '开箱' });
    expect(chosen.post).toMatchObject({ topic: '露营便当', contest: { contestId: contest.contestId, title: '露营征集' } });
    expect(tagged.post).toMatchObject({ topic: '露营便当', contest: { contestId: contest.contestId } });
    expect(other.post.contest).toBeNull();
    expect((await cm(cloud, 'reader', { action: 'getContest', contestId: contest.contestId })).contest.entries).toBe(2);
    // Once it stops taking entries, the topic is only a topic.
    await cloud.post('/dev/clock', { advanceMs: 3 * HOUR });
    const late = await cm(cloud, 'topic-d', { action: 'createPost', text: '晚到的便当', topic: '露营便当' });
    expect(late.post).toMatchObject({ topic: '露营便当', contest: null });
  });

  it('refuse a contest that ends before it starts, and edits after the end', async () => {
    const bad = await cloud.call('admin', { action: 'saveContest', draft: draft({ endAt: new Date(now().getTime() - 2 * HOUR).toISOString() }) }, 'demo-admin');
    expect(bad.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('结束时间') });
    const { contest } = await adminCall(cloud, { action: 'saveContest', draft: draft() });
    await cloud.post('/dev/clock', { advanceMs: 3 * HOUR });
    expect((await cloud.call('admin', { action: 'saveContest', contestId: contest.contestId, draft: draft() }, 'demo-admin')).error.message).toContain('已结束');
    expect((await cloud.call('admin', { action: 'saveContest', draft: draft() }, 'demo-officer')).error.code).toBe('FORBIDDEN');
  });
});

describe('晒单 of one product (the deal page\'s 查看全部)', () => {
  it('lists only published posts of that product, newest first, page by page', async () => {
    await cloud.db.collection('products').add({ _id: 'p-oats', name: '燕麦坚果脆', summary: '', description: '', image: 'cloud://gongying-local.local-bucket/products/morning-bowl.png', images: [], tags: [], createdAt: now() });
    const post = (openid: string, text: string, productId?: string) => cm(cloud, openid, { action: 'createPost', text, ...(productId ? { productId } : {}) });
    const oats: string[] = [];
    for (let i = 0; i < 11; i++) oats.push((await post(`oats-fan-${i}`, `燕麦脆第 ${i} 次回购`, 'p-oats')).post.postId);
    await post('oats-fan-0', '能量碗也不错', 'p-bowl');
    await post('oats-fan-1', '今天的早餐');
    const deleted = (await post('oats-fan-2', '这条会删掉', 'p-oats')).post.postId;
    await cm(cloud, 'oats-fan-2', { action: 'deletePost', postId: deleted });
    const hidden = (await post('oats-fan-3', '这条待复审', 'p-oats')).post.postId;
    await cloud.db.collection('posts').doc(hidden).update({ status: 'review' });

    const first = await cm(cloud, 'reader', { action: 'listPosts', productId: 'p-oats' });
    expect(first.items).toHaveLength(10);
    expect(first.pending).toBeUndefined();
    const second = await cm(cloud, 'reader', { action: 'listPosts', productId: 'p-oats', cursor: first.cursor });
    const all = [...first.items, ...second.items];
    expect(second.cursor).toBeUndefined();
    expect(all.map((p: { postId: string }) => p.postId)).toEqual([...oats].reverse());
    expect(all.every((p: { product: { productId: string; name: string } }) => p.product.productId === 'p-oats' && p.product.name === '燕麦坚果脆')).toBe(true);
  });

  it('refuses a malformed product id with a Chinese message', async () => {
    const res = await community(cloud, 'reader', { action: 'listPosts', productId: '../x' });
    expect(res.error.code).toBe('INVALID_ARGUMENT');
    expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
