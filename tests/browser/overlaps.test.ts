import type { Browser, Locator, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/** Do two rectangles on screen share any area? */
function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Scrolls the page to its very end (loading every page of the list first). */
async function scrollToEnd(page: Page, endText: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, 4000);
    if (await page.getByText(endText).isVisible().catch(() => false)) break;
    await page.waitForTimeout(150);
  }
  await page.getByText(endText).waitFor();
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(200);
}

describe('nothing floating covers what a shopper taps, at 390×844', () => {
  it('the 发晒单 button leaves the last post’s likes clear on 社区 and 我的晒单', async () => {
    for (const [openid, path, endText] of [
      ['demo-shopper', 'pages/community/index', '没有更多晒单了'],
      ['demo-qing', 'community/pages/my-posts/index', '没有更多晒单了'],
    ] as const) {
      const page = await phonePage(browser, cloud.url, openid, path);
      await page.locator('.post-card').first().waitFor();
      await scrollToEnd(page, endText);
      const fab = await box(page.locator('.post-fab'));
      const last = page.locator('.post-card').last();
      const parts = last.locator('.like-button, .owner-bar__delete');
      expect(await parts.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await parts.count()); i++) {
        const part = parts.nth(i);
        if (await part.isVisible()) expect(overlap(await box(part), fab)).toBe(false);
      }
      await page.context().close();
    }
  });

  it('the h5 user switcher covers no card title, 去拼团 button or sticky tab', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-shopper');
    await page.locator('.deal-card').first().waitFor();
    const switcher = await box(page.locator('.user-switcher__chip'));
    const targets = page.locator('.deal-card__title, .deal-card__cta, .tabs');
    for (let i = 0; i < (await targets.count()); i++) {
      const t = targets.nth(i);
      if (await t.isVisible()) expect(overlap(await box(t), switcher)).toBe(false);
    }
    // It stays in the flow: scrolled down, it has gone with the page instead of floating over it.
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
    const after = await page.locator('.user-switcher__chip').boundingBox();
    expect(after === null || after.y + after.height <= 0).toBe(true);
    await page.context().close();
  });
});
