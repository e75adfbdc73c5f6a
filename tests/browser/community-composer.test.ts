import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';

// Issue 15, defects 2 and 7: the normal composer (发晒单 from the feed, not a contest's page).

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

const onScreen = (page: Page, selector: string) => page.locator(`${selector}:visible`);

describe('the normal 发晒单 composer', () => {
  it('enters the open contest when the post carries its topic', async () => {
    const contests = (await cloud.call('community', { action: 'listContests' }, 'demo-officer')).data.items as { contestId: string; phase: string; topic: string; title: string }[];
    const open = contests.find((c) => c.phase === 'open')!;
    expect(open).toBeDefined();
    const page = await phonePage(browser, cloud.url, 'demo-officer', 'pages/community/index');
    await onScreen(page, '.post-fab').click();
    const chip = onScreen(page, `.topic-picker__chip[data-topic="${open.topic}"]`);
    // The open contest's topic comes first, marked 征集中.
    await onScreen(page, '.topic-picker__tag').waitFor();
    await expect(onScreen(page, '.topic-picker__chip').first().innerText()).resolves.toContain(`${open.topic}征集中`);
    await chip.click();
    await expect(onScreen(page, '.topic-picker__note').innerText()).resolves.toContain(open.title);
    await onScreen(page, '.new-post__text textarea').fill('周末的早餐：燕麦坚果脆拌酸奶，再切半根香蕉。');
    await onScreen(page, '.new-post__submit').click();
    await page.waitForURL(/community\/pages\/post\/index\?id=/);
    const postId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') as string;
    const post = (await cloud.call('community', { action: 'getPost', postId }, 'demo-officer')).data.post;
    expect(post).toMatchObject({ topic: open.topic, contest: { contestId: open.contestId } });
    const entries = (await cloud.call('community', { action: 'listPosts', contestId: open.contestId }, 'demo-officer')).data.items as { postId: string }[];
    expect(entries.map((p) => p.postId)).toContain(postId);
  }, 90_000);

  it('lists each bought product once under 关联订单, even one bought twice', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-shopper', 'community/pages/new-post/index');
    const rows = onScreen(page, '.order-picker__item');
    await rows.first().waitFor();
    const titles = await rows.locator('.order-picker__title').allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);
    expect(new Set(titles).size).toBe(titles.length);
    // 小满 bought 晨光能量碗 twice (a pickup and an express order): one row says so.
    await expect(onScreen(page, '.order-picker__item:has-text("晨光能量碗")').innerText()).resolves.toContain('共买过 2 次');
    await page.screenshot({ path: '.tmp/shots-community/composer.png' }).catch(() => undefined);
  }, 60_000);
});
