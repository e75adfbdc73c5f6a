import path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';
import { eventually } from '../helpers/community';

const PHOTOS = path.resolve(__dirname, '../../emulator/seed/assets/ugc');

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

/** Pages stay in the DOM while covered by the next one: only the page on screen counts. */
const onScreen = (page: Page, selector: string) => page.locator(`${selector}:visible`);

async function serverPost(postId: string, openid: string) {
  return cloud.call('community', { action: 'getPost', postId }, openid);
}

describe('the 社区 feed', () => {
  it('shows the community\'s posts newest first, and a like goes on and off at once and sticks', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-shopper', 'pages/community/index');
    const cards = onScreen(page, '.post-card[data-post-id]');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    await expect(onScreen(page, '.tabs__item--on').innerText()).resolves.toBe('最新');

    const card = onScreen(page, '.post-card[data-status="published"]:has(.like-button[data-liked="0"])').first();
    const postId = (await card.getAttribute('data-post-id')) as string;
    const likes = (await serverPost(postId, 'demo-shopper')).data.post.likes as number;
    const heart = onScreen(page, `.post-card[data-post-id="${postId}"] .like-button`);

    await heart.click();
    await expect(heart.getAttribute('data-liked')).resolves.toBe('1');
    await expect(heart.innerText()).resolves.toBe(String(likes + 1));
    expect(await eventually(async () => (await serverPost(postId, 'demo-shopper')).data.post.liked, (v) => v === true)).toBe(true);

    await heart.click();
    await expect(heart.getAttribute('data-liked')).resolves.toBe('0');
    expect(await eventually(async () => (await serverPost(postId, 'demo-shopper')).data.post.likes, (v) => v === likes)).toBe(likes);

    // 精选: only featured posts.
    await onScreen(page, '.tabs__item--featured').click();
    await onScreen(page, '.post-card__featured').first().waitFor();
    const featured = await onScreen(page, '.post-card[data-post-id]').count();
    await expect(onScreen(page, '.post-card__featured').count()).resolves.toBe(featured);
  }, 90_000);

  it('puts a failed like back and says why', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-officer', 'pages/community/index');
    const heart = onScreen(page, '.post-card[data-status="published"] .like-button[data-liked="0"]').first();
    await heart.waitFor();
    const before = await heart.innerText();
    await page.route('**/cloud/community', (route) =>
      route.request().postData()?.includes('likePost')
        ? route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: '服务繁忙，请稍后再试' } }) })
        : route.continue(),
    );
    const postId = await heart.evaluate((el) => el.closest('.post-card')?.getAttribute('data-post-id'));
    const same = onScreen(page, `.post-card[data-post-id="${postId}"] .like-button`);
    await same.click();
    await page.getByText('服务繁忙，请稍后再试').waitFor();
    await expect(same.getAttribute('data-liked')).resolves.toBe('0');
    await expect(same.innerText()).resolves.toBe(before);
  }, 60_000);
});

describe('posting a 晒单', () => {
  it('posts text, photos, an order and a topic; it is private while the photos are checked, then everyone sees it', async () => {
    cloud.mediaChecks.hold(true);
    const page = await phonePage(browser, cloud.url, 'demo-shopper', 'pages/community/index');
    await onScreen(page, '.post-fab').click();

    await onScreen(page, '.new-post__text textarea').fill('早餐换成了晨光能量碗，配一杯黑咖啡，一上午都很精神。');
    const chooser = page.waitForEvent('filechooser');
    await onScreen(page, '.photo-picker__add').click();
    await (await chooser).setFiles([path.join(PHOTOS, 'breakfast-table.png'), path.join(PHOTOS, 'yogurt-desk.png')]);
    expect(await eventually(() => onScreen(page, '.photo-picker__cell[data-status="done"]').count(), (v) => v === 2, 15_000)).toBe(2);
    await onScreen(page, '.order-picker__item').first().click();
    await onScreen(page, '.topic-picker__chip[data-topic="早餐搭配"]').click();
    await expect(onScreen(page, '.reuse-consent').getAttribute('data-checked')).resolves.toBe('0');
    await onScreen(page, '.reuse-consent').click();
    await onScreen(page, '.new-post__submit').click();

    // Being checked: told so, then 我的晒单 with the status.
    await expect(onScreen(page, '.taro-modal__text').innerText()).resolves.toContain('只有你自己能看到');
    await onScreen(page, '.taro-model__confirm').click();
    const mine = onScreen(page, '.post-card[data-post-id]').first();
    await mine.waitFor();
    await expect(mine.getAttribute('data-status')).resolves.toBe('checking');
    await expect(mine.innerText()).resolves.toMatch(/检测中[\s\S]*早餐换成了晨光能量碗/);
    await expect(mine.locator('.post-card__verified').count()).resolves.toBe(1);
    await expect(mine.locator('.post-photos__cell').count()).resolves.toBe(2);
    const postId = (await mine.getAttribute('data-post-id')) as string;

    const post = (await serverPost(postId, 'demo-shopper')).data.post;
    expect(post).toMatchObject({ topic: '早餐搭配', allowReuse: true, verified: true, status: 'checking' });
    // Each photo went up with a 360-px JPEG copy beside it, which the grid shows.
    expect(post.thumbs).toEqual(post.images.map((id: string) => id.replace(/\.[a-z]+$/, '.thumb.jpg')));
    for (const [i, thumb] of (post.thumbs as string[]).entries()) {
      const bytes = (id: string) => fetch(`${cloud.url}/storage/${id.replace(/^cloud:\/\/[^/]+\//, '')}`).then(async (r) => Buffer.from(await r.arrayBuffer()));
      const [small, full] = [await bytes(thumb), await bytes(post.images[i])];
      expect([...small.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect(small.length).toBeLessThan(full.length);
    }
    await expect(mine.locator('.post-photos__image img').first().getAttribute('src')).resolves.toContain('.thumb.jpg');
    expect((await serverPost(postId, 'demo-officer')).ok).toBe(false);

    // The photos pass: published, for everyone.
    await cloud.mediaChecks.deliver();
    cloud.mediaChecks.hold(false);
    expect(await eventually(async () => (await serverPost(postId, 'demo-officer')).data?.post.status, (v) => v === 'published')).toBe('published');
    const other = await phonePage(browser, cloud.url, 'demo-officer', 'pages/community/index');
    await onScreen(other, `.post-card[data-post-id="${postId}"]`).waitFor();
  }, 90_000);

  it('opens a post published at once, and refuses risky text without posting anything', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-officer', 'community/pages/new-post/index');
    await onScreen(page, '.new-post__text textarea').fill('加微信返现，刷单返利');
    await onScreen(page, '.new-post__submit').click();
    await expect(onScreen(page, '.taro-modal__title').innerText()).resolves.toBe('暂时不能发布');
    await onScreen(page, '.taro-model__confirm').click();
    expect((await cloud.call('community', { action: 'listPosts', mine: true }, 'demo-officer')).data.items.some((p: { text: string }) => p.text.includes('刷单'))).toBe(false);

    await onScreen(page, '.new-post__text textarea').fill('露营带了两瓶冷压果蔬汁，冰镇后特别解渴。');
    await onScreen(page, '.new-post__submit').click();
    await page.waitForURL(/community\/pages\/post\/index\?id=/);
    await expect(onScreen(page, '.post-page__post').innerText()).resolves.toContain('露营带了两瓶冷压果蔬汁');
  }, 60_000);

  it('enters an open contest from its page, with the contest\'s topic', async () => {
    const contests = (await cloud.call('community', { action: 'listContests' }, 'demo-officer')).data.items as { contestId: string; phase: string; topic: string }[];
    const open = contests.find((c) => c.phase === 'open');
    expect(open).toBeDefined();
    const page = await phonePage(browser, cloud.url, 'demo-officer', `community/pages/new-post/index?contestId=${open!.contestId}`);
    await expect(onScreen(page, '.contest-banner').innerText()).resolves.toContain('通过审核即参赛');
    await expect(onScreen(page, '.topic-picker__chip--fixed').innerText()).resolves.toBe(`# ${open!.topic}`);
    await onScreen(page, '.new-post__text textarea').fill('燕麦碗加一把坚果和半根香蕉，十分钟搞定的早餐。');
    await onScreen(page, '.new-post__submit').click();
    await page.waitForURL(/community\/pages\/post\/index\?id=/);
    const postId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') as string;
    const post = (await serverPost(postId, 'demo-officer')).data.post;
    expect(post).toMatchObject({ topic: open!.topic, contest: { contestId: open!.contestId, winner: false } });
  }, 60_000);

  it('lets the author delete a post after confirming', async () => {
    const created = await cloud.call('community', { action: 'createPost', text: '周末的一家人早餐：全麦面包配莓果酱。' }, 'demo-officer');
    const postId = created.data.postId as string;
    const page = await phonePage(browser, cloud.url, 'demo-officer', `community/pages/post/index?id=${postId}`);
    await onScreen(page, '.owner-bar__delete').click();
    await expect(onScreen(page, '.taro-modal__title').innerText()).resolves.toBe('删除晒单');
    await onScreen(page, '.taro-model__confirm').click();
    expect(await eventually(async () => (await serverPost(postId, 'demo-officer')).error?.code, (v) => v === 'NOT_FOUND')).toBe('NOT_FOUND');

    // Someone else's post has no 删除.
    const other = await phonePage(browser, cloud.url, 'demo-shopper', `community/pages/post/index?id=${(await cloud.call('community', { action: 'listPosts' }, 'demo-shopper')).data.items[0].postId}`);
    await onScreen(other, '.post-page__post').waitFor();
    await expect(onScreen(other, '.owner-bar__delete').count()).resolves.toBe(0);
  }, 60_000);
});

describe('a 晒单 from posting to 精选', () => {
  it('a shopper posts one with a photo, another member likes it, the admin features it, and the author is rewarded', async () => {
    const growthBefore = (await cloud.call('member', { action: 'me' }, 'demo-mumu')).data.growth as number;
    const author = await phonePage(browser, cloud.url, 'demo-mumu', 'community/pages/new-post/index');
    await onScreen(author, '.new-post__text textarea').fill('燕麦坚果脆拌酸奶，周一的早餐就靠它了。');
    const chooser = author.waitForEvent('filechooser');
    await onScreen(author, '.photo-picker__add').click();
    await (await chooser).setFiles([path.join(PHOTOS, 'yogurt-desk.png')]);
    expect(await eventually(() => onScreen(author, '.photo-picker__cell[data-status="done"]').count(), (v) => v === 1, 15_000)).toBe(1);
    await onScreen(author, '.new-post__submit').click();
    // The photo is checked in the background (the local check answers within a second).
    await onScreen(author, '.taro-modal__text').waitFor();
    await onScreen(author, '.taro-model__confirm').click();
    const postId = (await onScreen(author, '.post-card[data-post-id]').first().getAttribute('data-post-id')) as string;
    expect(await eventually(async () => (await serverPost(postId, 'demo-tiantian')).data?.post.status, (v) => v === 'published')).toBe('published');

    // Another member finds it in the feed and likes it.
    const fan = await phonePage(browser, cloud.url, 'demo-tiantian', `community/pages/post/index?id=${postId}`);
    const heart = onScreen(fan, '.like-button').first();
    await heart.waitFor();
    await heart.click();
    await expect(heart.getAttribute('data-liked')).resolves.toBe('1');
    expect(await eventually(async () => (await serverPost(postId, 'demo-mumu')).data.post.likes, (v) => v === 1)).toBe(1);

    // The brand features it from 内容审核 → 已发布.
    const admin = await phonePage(browser, cloud.url, 'demo-admin', 'admin/pages/posts/index');
    await onScreen(admin, '.tabs__item--published').click();
    const card = onScreen(admin, `.post-mod[data-post-id="${postId}"]`);
    await card.waitFor();
    await card.locator('.post-mod__feature').click();
    await onScreen(admin, '.note-sheet__confirm').click();
    expect(await eventually(async () => (await serverPost(postId, 'demo-shopper')).data.post.featured, (v) => v === true)).toBe(true);

    // Everyone sees it under 精选; the author earned the post, the like (granted by the outbox's minute) and the feature.
    const shopper = await phonePage(browser, cloud.url, 'demo-shopper', 'pages/community/index');
    await onScreen(shopper, '.tabs__item--featured').click();
    await onScreen(shopper, `.post-card[data-post-id="${postId}"] .post-card__featured`).waitFor();
    await cloud.post('/dev/run/drainOutbox', {});
    const me = (await cloud.call('member', { action: 'me' }, 'demo-mumu')).data;
    expect(me.growth).toBe(growthBefore + 10 + 1 + 30);
  }, 120_000);
});

describe('评论 on a 晒单', () => {
  it('lists a post\'s comments, writes one from the bar at the bottom (not covered), counts it on the card, and deletes it', async () => {
    const feed = (await cloud.call('community', { action: 'listPosts', sort: 'hottest' }, 'demo-officer')).data.items as { postId: string; comments: number; mine: boolean }[];
    const target = feed.find((p) => p.comments > 0 && !p.mine)!;
    expect(target).toBeDefined();
    const page = await phonePage(browser, cloud.url, 'demo-officer', `community/pages/post/index?id=${target.postId}`);
    const rows = onScreen(page, '.comment-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(target.comments);
    await expect(onScreen(page, '.post-comments__title').innerText()).resolves.toBe(`评论 ${target.comments}`);
    await expect(onScreen(page, '.comment-row .comment-row__delete').count()).resolves.toBe(0);

    // The bar is on top of everything at its place (nothing floats over it).
    const input = onScreen(page, '.post-bar__input');
    const box = (await input.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const topmost = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.post-bar__input') !== null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(topmost).toBe(true);

    await input.click();
    await page.keyboard.type('看着就有食欲，周末试试');
    await onScreen(page, '.post-bar__send').click();
    const mine = onScreen(page, '.comment-row:has-text("看着就有食欲")');
    await mine.waitFor();
    expect(await eventually(() => onScreen(page, '.post-comments__title').innerText(), (t) => t === `评论 ${target.comments + 1}`)).toBe(`评论 ${target.comments + 1}`);
    await expect(mine.locator('.comment-row__delete').count()).resolves.toBe(1);
    await page.screenshot({ path: '.tmp/shots-community/post-comments.png', fullPage: false }).catch(() => undefined);
    const server = (await serverPost(target.postId, 'demo-officer')).data.post;
    expect(server.comments).toBe(target.comments + 1);

    // The feed card shows the count.
    const feedPage = await phonePage(browser, cloud.url, 'demo-officer', 'pages/community/index');
    await onScreen(feedPage, '.tabs__item--hottest').click();
    await expect(onScreen(feedPage, `.post-card[data-post-id="${target.postId}"] .comment-count`).first().getAttribute('data-comments')).resolves.toBe(String(target.comments + 1));

    // 删除 on my own comment, after confirming.
    await mine.locator('.comment-row__delete').click();
    await expect(onScreen(page, '.taro-modal__title').innerText()).resolves.toBe('删除评论');
    await onScreen(page, '.taro-model__confirm').click();
    expect(await eventually(() => onScreen(page, '.post-comments__title').innerText(), (t) => t === `评论 ${target.comments}`)).toBe(`评论 ${target.comments}`);
    await expect(mine.count()).resolves.toBe(0);
    expect(await eventually(async () => (await serverPost(target.postId, 'demo-officer')).data.post.comments, (v) => v === target.comments)).toBe(target.comments);
  }, 90_000);

  it('tells the writer why a risky comment was refused and keeps nothing', async () => {
    const postId = (await cloud.call('community', { action: 'listPosts' }, 'demo-tiantian')).data.items.find((p: { mine: boolean }) => !p.mine).postId as string;
    const page = await phonePage(browser, cloud.url, 'demo-tiantian', `community/pages/post/index?id=${postId}`);
    await onScreen(page, '.post-bar__input').click();
    await page.keyboard.type('私信我，网赌稳赢');
    await onScreen(page, '.post-bar__send').click();
    await expect(onScreen(page, '.taro-modal__title').innerText()).resolves.toBe('暂时不能发送');
    const listed = (await cloud.call('community', { action: 'listComments', postId }, 'demo-tiantian')).data;
    expect([...listed.items, ...listed.pending].some((c: { text: string }) => c.text.includes('网赌'))).toBe(false);
  }, 60_000);
});
