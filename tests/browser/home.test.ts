import type { Browser } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

describe('the h5 app in Chromium', () => {
  it('shows the seeded deals on the home page and opens one', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-shopper');
    // Skeleton cards stand in while the list loads: count the real ones.
    const cards = page.locator('.deal-card:not(.deal-card--skeleton)');
    await cards.first().waitFor();
    await expect(cards.count()).resolves.toBe(8);
    await expect(page.locator('.deal-card__title', { hasText: '晨光能量碗' }).count()).resolves.toBe(1);
    await expect(page.getByText('¥29.90').first().isVisible()).resolves.toBe(true);
    const upcoming = page.locator('.deal-card', { hasText: '手作全麦面包' }).locator('.deal-card__cta');
    await expect(upcoming.innerText()).resolves.toMatch(/^(今天|明天|\d+月\d+日) \d{2}:\d{2} 开团$/);
    const soldOut = page.locator('.deal-card', { hasText: '每日坚果' }).locator('.deal-card__cta');
    await expect(soldOut.innerText()).resolves.toBe('已售罄');

    await page.locator('.deal-card', { hasText: '晨光能量碗' }).click();
    await page.locator('.deal-page__title').waitFor();
    await expect(page.locator('.deal-page__title').innerText()).resolves.toContain('晨光能量碗');
    await page.locator('.open-group').first().waitFor();
    await expect(page.locator('.open-group').count()).resolves.toBe(2);
    await expect(page.locator('.open-group').first().innerText()).resolves.toContain('阿青');
  }, 60_000);
});
