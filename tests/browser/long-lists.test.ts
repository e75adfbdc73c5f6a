import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';
import { put } from '../../emulator/seed/put';

/**
 * WeChat's experience audit wants fewer than 1,000 WXML nodes on a page. Here a page's
 * nodes are the elements inside the page on screen (its `.taro_page`, itself included):
 * one h5 element per WXML node, plus an <img> inside each image, so it counts no fewer.
 */
const NODE_LIMIT = 1000;

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

const MINUTE = 60_000;
const TEXT = '周末带娃去江边野餐，两瓶冷压果蔬汁一会儿就被抢光了。绿色那瓶是羽衣甘蓝+苹果，一点都不涩。';

/** 200 published posts, newest first `load-000` … `load-199`: 1 to 9 photos, short to long text. */
let posts: Promise<string[]> | undefined;
const seedPosts = () => (posts ??= writePosts());

async function writePosts(): Promise<string[]> {
  const seeded = (await cloud.db.collection('posts').where({ status: 'published' }).limit(100).get()).data as Array<Record<string, any>>;
  const template = seeded.find((p) => p.images.length) ?? seeded[0];
  const photos = [...new Set(seeded.flatMap((p) => p.images as string[]))];
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) {
    const _id = `load-${String(i).padStart(3, '0')}`;
    const createdAt = new Date(Date.now() - i * MINUTE);
    const images = Array.from({ length: (i % 9) + 1 }, (_, k) => photos[(i + k) % photos.length]);
    await put(cloud.db, 'posts', { ...template, _id, text: `#${i} ${TEXT.repeat((i % 5) + 1)}`, images, createdAt, publishedAt: createdAt, updatedAt: createdAt, featured: false } as { _id: string });
    ids.push(_id);
  }
  return ids;
}

/** 100 orders of `openid`, copies of one of theirs, newest first `many-000` … `many-099`. */
async function seedOrders(openid: string): Promise<string[]> {
  // A settled order: an unpaid one would turn 已超时 during the test and change its card.
  const mine = (await cloud.db.collection('orders').where({ openid }).limit(100).get()).data as Array<Record<string, any>>;
  const template = mine.find((o) => o.status === 'effective') ?? mine.find((o) => o.status !== 'pending_payment') ?? mine[0];
  const ids: string[] = [];
  for (let i = 0; i < 100; i++) {
    const _id = `many-${String(i).padStart(3, '0')}`;
    const createdAt = new Date(Date.now() - i * MINUTE);
    await put(cloud.db, 'orders', { ...template, _id, createdAt } as { _id: string });
    ids.push(_id);
  }
  return ids;
}

interface Step {
  nodes: number;
  /** Cards shown on screen (those overlapping the viewport). */
  shown: string[];
  /** How far the first card on screen moved in the page while the list reacted to the scroll (px). */
  jump: number;
  atEnd: boolean;
  atTop: boolean;
}

/** Waits until the page on screen stops changing (the window measured and redrawn, a page loaded). */
async function settle(page: Page) {
  const shape = () =>
    page.evaluate(() => {
      const root = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((p) => p.getClientRects().length > 0).pop()!;
      return `${root.querySelectorAll('*').length} ${root.scrollHeight}`;
    });
  await page.waitForTimeout(150);
  let last = await shape();
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(100);
    const now = await shape();
    if (now === last) return;
    last = now;
  }
}

/**
 * Scrolls the page on screen by `dy` px, waits for the list to settle (windowing, a next
 * page), and reports. Scroll anchoring is off, so a spacer of the wrong height shows as a
 * jump of the cards on screen.
 */
async function scrollStep(page: Page, cardSelector: string, idAttr: string, dy: number): Promise<Step> {
  const before = await page.evaluate(
    ({ sel, attr, dy }) => {
      // The page on screen scrolls (its .taro_page), not the window.
      const root = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((p) => p.getClientRects().length > 0).pop()!;
      root.style.overflowAnchor = 'none';
      const ref = [...root.querySelectorAll<HTMLElement>(sel)].find((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
      });
      root.scrollBy(0, dy);
      // Where the card sits in the page once scrolled, before the list reacts.
      return { ref: ref?.getAttribute(attr) ?? null, top: ref ? ref.getBoundingClientRect().top + root.scrollTop : 0 };
    },
    { sel: cardSelector, attr: idAttr, dy },
  );
  await settle(page);
  return page.evaluate(
    ({ sel, attr, before }) => {
      const root = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((p) => p.getClientRects().length > 0).pop()!;
      const shown = [...root.querySelectorAll<HTMLElement>(sel)].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
      });
      const ref = before.ref ? root.querySelector<HTMLElement>(`${sel}[${attr}="${before.ref}"]`) : null;
      // Where the reference card sits in the page now, against where it sat before the list reacted.
      const jump = ref ? Math.abs(ref.getBoundingClientRect().top + root.scrollTop - before.top) : 0;
      return {
        nodes: root.querySelectorAll('*').length + 1,
        shown: shown.map((el) => el.getAttribute(attr) as string),
        jump,
        atEnd: root.scrollTop + root.clientHeight >= root.scrollHeight - 2,
        atTop: root.scrollTop === 0,
      };
    },
    { sel: cardSelector, attr: idAttr, before },
  );
}

/** The steps where a card on screen moved by more than a pixel (rounding), with the card shown first. */
const jumps = (steps: Step[]) => steps.flatMap((s, i) => (s.jump > 1 ? [`step ${i}: ${s.jump.toFixed(1)} px at ${s.shown[0]}`] : []));

/** Scrolls down to the end of the list (loading every page on the way), then back to the top. */
async function scrollThrough(page: Page, cardSelector: string, idAttr: string, endText: string, shot?: string) {
  await settle(page);
  const steps: Step[] = [await scrollStep(page, cardSelector, idAttr, 0)];
  for (let i = 0; i < 600; i++) {
    const step = await scrollStep(page, cardSelector, idAttr, 700);
    steps.push(step);
    if (shot && i === 60) await page.screenshot({ path: shot });
    if (step.atEnd && (await page.getByText(endText).isVisible())) break;
  }
  const down = steps.length;
  for (let i = 0; i < 600; i++) {
    const step = await scrollStep(page, cardSelector, idAttr, -700);
    steps.push(step);
    if (step.atTop) break;
  }
  return { steps, down };
}

describe('long lists stay under 1,000 nodes however far one scrolls', () => {
  it('the 社区 feed, 200 posts scrolled to the end and back: every post shown on the way, the first again at the top, no jumps', async () => {
    const ids = await seedPosts();
    const page = await phonePage(browser, cloud.url, 'demo-shopper', 'pages/community/index');
    await page.locator(`.post-card[data-post-id="${ids[0]}"]`).waitFor();

    const { steps, down } = await scrollThrough(page, '.post-card[data-post-id]', 'data-post-id', '没有更多晒单了', '.tmp/shots/long-feed-scrolled.png');
    const nodes = steps.map((s) => s.nodes);
    console.log(`社区 feed: ${down} steps down, ${steps.length - down} up; nodes first screen ${steps[0].nodes}, max ${Math.max(...nodes)}, at the end ${steps[down - 1].nodes}`);
    expect(Math.max(...nodes)).toBeLessThan(NODE_LIMIT);
    expect(jumps(steps)).toEqual([]);
    // Every post passed across the screen on the way down (no gap in the list).
    const seen = new Set(steps.slice(0, down).flatMap((s) => s.shown));
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    // Back at the top, the newest post is on screen again.
    expect(steps[steps.length - 1].shown[0]).toBe(ids[0]);
    await page.screenshot({ path: '.tmp/shots/long-feed-top.png' });
  }, 600_000);

  it('my orders, 100 orders scrolled to the end and back', async () => {
    const ids = await seedOrders('demo-shopper');
    const page = await phonePage(browser, cloud.url, 'demo-shopper', 'pages/orders/index');
    await page.locator(`.order-card[data-order-id="${ids[0]}"]`).waitFor();

    const { steps, down } = await scrollThrough(page, '.order-card[data-order-id]', 'data-order-id', '没有更多订单了');
    const nodes = steps.map((s) => s.nodes);
    console.log(`我的订单: ${down} steps down, ${steps.length - down} up; nodes first screen ${steps[0].nodes}, max ${Math.max(...nodes)}, at the end ${steps[down - 1].nodes}`);
    expect(Math.max(...nodes)).toBeLessThan(NODE_LIMIT);
    expect(jumps(steps)).toEqual([]);
    const seen = new Set(steps.slice(0, down).flatMap((s) => s.shown));
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    expect(steps[steps.length - 1].shown[0]).toBe(ids[0]);
  }, 600_000);

  it('an admin queue (内容审核 · 已发布), the 200 posts and the seeded ones scrolled to the end and back', async () => {
    const ids = await seedPosts();
    const page = await phonePage(browser, cloud.url, 'demo-admin', 'admin/pages/posts/index');
    await page.locator('.tabs__item--published').click();
    await page.locator(`.post-mod[data-post-id="${ids[0]}"]`).waitFor();

    const { steps, down } = await scrollThrough(page, '.post-mod[data-post-id]', 'data-post-id', '没有更多了');
    const nodes = steps.map((s) => s.nodes);
    console.log(`内容审核 · 已发布: ${down} steps down, ${steps.length - down} up; nodes first screen ${steps[0].nodes}, max ${Math.max(...nodes)}, at the end ${steps[down - 1].nodes}`);
    expect(Math.max(...nodes)).toBeLessThan(NODE_LIMIT);
    expect(jumps(steps)).toEqual([]);
    const seen = new Set(steps.slice(0, down).flatMap((s) => s.shown));
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    expect(steps[steps.length - 1].shown[0]).toBe(steps[0].shown[0]);
  }, 600_000);
});
