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

describe('what members see of partners, in Chromium', () => {
  it('the deal page shows its perk and what is left; 我的卡券 holds the voucher with its code and partner', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-shopper');
    await page.locator('.deal-card', { hasText: '晨光能量碗' }).first().click();
    const perk = page.locator('.deal-perk', { hasText: '山月瑜伽' });
    await expect(perk.innerText()).resolves.toMatch(/一节瑜伽体验课[\s\S]*剩 \d+ 份/);
    await perk.click();
    await page.locator('.deal-perk-sheet .partner-info', { hasText: '天平路' }).waitFor();

    await page.goto(`${cloud.url}/#/member/pages/vouchers/index`);
    await page.locator('.tabs__item--active', { hasText: '未使用(1)' }).waitFor();
    await page.locator('.voucher-card', { hasText: '一节瑜伽体验课' }).click();
    const code = await page.locator('.voucher-code .code-face__digits').getAttribute('data-code');
    const mine = await cloud.call<{ items: { code: string }[] }>('partner', { action: 'myVouchers', status: 'active' }, 'demo-shopper');
    expect(code).toBe(mine.data.items[0].code);
    await page.locator('.partner-info__go', { hasText: '导航' }).waitFor();
  });

  it('木木’s redeemed voucher is under 已使用, without a code', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-mumu', 'member/pages/vouchers/index');
    await page.locator('.tabs__item--used').click();
    await page.locator('.voucher-card--used').click();
    await page.locator('.voucher-code--used .voucher-code__stamp', { hasText: '已使用' }).waitFor();
    expect(await page.locator('.voucher-code .code-face__digits').count()).toBe(0);
  });

  it('a co-creator gives up her seat (after confirming) and signs up again, getting a ticket', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-cocreator', 'member/pages/events/index');
    await page.locator('.event-card', { hasText: '日出瑜伽' }).click();
    await page.locator('.event-ticket--going .code-face__digits').waitFor();
    await page.locator('.event-bar__button--cancel').click();
    await page.locator('.taro__modal .taro-model__confirm').click();
    await page.locator('.event-bar__button--sign_up').click();
    await page.locator('.event-ticket--going .code-face__digits').waitFor();
    await expect(page.locator('.event-head').innerText()).resolves.toContain('共创官优先报名至');
  });

  it('a member who attended the past event is offered 发晒单, tagged with it in the composer', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-mumu', 'member/pages/events/index');
    await page.locator('.events__group--past .event-card', { hasText: '原野生活日' }).click();
    await page.locator('.event-ticket--attended').waitFor();
    await page.locator('.event-bar__button--post').click();
    await page.locator('.event-banner', { hasText: '原野生活日' }).waitFor();
    expect(await page.locator('.event-banner.contest-banner--off').count()).toBe(0);
  });
});
