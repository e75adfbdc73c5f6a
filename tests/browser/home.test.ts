import fs from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { launchBrowser, phonePage } from '../helpers/browser';

const H5 = path.resolve(__dirname, '../../dist-h5');

let cloud: TestCloud;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  if (!fs.existsSync(path.join(H5, 'index.html'))) {
    throw new Error('dist-h5 is missing: run `npm run build:h5` (npm test does it for you)');
  }
  cloud = await startTestCloud({ seed: 'demo' });
  ({ browser, close: closeBrowser } = await launchBrowser());
}, 60_000);

afterAll(async () => {
  await closeBrowser?.();
  await cloud?.stop();
});

describe('the h5 app in Chromium', () => {
  it('shows the seeded deals on the home page and opens one', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-shopper');
    const cards = page.locator('.deal-card');
    await cards.first().waitFor();
    await expect(cards.count()).resolves.toBe(8);
    await expect(page.locator('.deal-card__title', { hasText: '晨光能量碗' }).count()).resolves.toBe(1);
    await expect(page.getByText('¥29.9').first().isVisible()).resolves.toBe(true);
    const upcoming = page.locator('.deal-card', { hasText: '手作全麦面包' }).locator('.deal-card__cta');
    await expect(upcoming.innerText()).resolves.toMatch(/\d+月\d+日开团/);
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
