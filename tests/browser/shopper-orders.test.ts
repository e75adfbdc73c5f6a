import type { Browser } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';
import { gb, makeDeal } from '../helpers/groupbuy';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

describe('orders at 390×844 in Chromium', () => {
  it('an unpaid order turns 已超时 by itself when its pay time comes: no 去支付, 再来一单 instead', async () => {
    const dealId = await makeDeal(cloud, { title: '超时演示碗' });
    const { orderId } = await gb(cloud, 'demo-tiantian', { action: 'buySolo', dealId });
    const page = await phonePage(browser, cloud.url, 'demo-tiantian');
    await page.clock.install();
    await page.goto(`${cloud.url}/#/pages/orders/index`);
    const card = page.locator(`.order-card[data-order-id="${orderId}"]`);
    await card.locator('.order-card__pay').waitFor();

    await page.clock.fastForward('16:00'); // past the 15-minute pay window; the release timer has not run
    await card.locator('.order-card__again').waitFor();
    await expect(card.getAttribute('data-status')).resolves.toBe('cancelled');
    await expect(card.locator('.order-card__pay').count()).resolves.toBe(0);
    await expect(card.locator('.order-card__status').innerText()).resolves.toBe('已超时');
    await expect(card.locator('.order-card__again').innerText()).resolves.toBe('再来一单');
    await expect(card.innerText()).resolves.not.toContain('剩余');
    await page.screenshot({ path: '.tmp/shots/orders-expired.png' });

    // Read again from the cloud, its clock moved too (the server's own view says so before its timer), on 全部 and 待付款.
    cloud.clock.advance(16 * 60_000);
    await page.reload();
    await card.locator('.order-card__again').waitFor();
    await expect(card.locator('.order-card__pay').count()).resolves.toBe(0);
    await page.locator('.tabs__item--unpaid').click();
    await page.locator('.status-view').waitFor();
    await expect(page.locator(`.order-card[data-order-id="${orderId}"]`).count()).resolves.toBe(0);
    await page.context().close();
  }, 90_000);

  it('我的 shows the order shortcuts with counts; 待付款 opens the orders on that tab', async () => {
    const dealId = await makeDeal(cloud, { title: '待付款演示碗' });
    const { orderId } = await gb(cloud, 'demo-yoga', { action: 'buySolo', dealId });
    const page = await phonePage(browser, cloud.url, 'demo-yoga', 'pages/me/index');
    const unpaid = page.locator('.order-shortcut--unpaid .order-shortcut__count');
    await page.waitForFunction(() => document.querySelector('.order-shortcut--unpaid .order-shortcut__count')?.textContent === '1');
    await expect(unpaid.innerText()).resolves.toBe('1');
    await page.screenshot({ path: '.tmp/shots/me-shortcuts.png' });
    await page.locator('.order-shortcut--unpaid').click();
    await page.locator(`.order-card[data-order-id="${orderId}"]`).waitFor();
    await expect(page.locator('.tabs__item--unpaid').getAttribute('class')).resolves.toContain('tabs__item--on');
    await page.screenshot({ path: '.tmp/shots/orders-tabs.png' });
    await page.context().close();
  }, 60_000);
});

describe('the home list at 390×844', () => {
  it('says 已抢光 alone for a sold-out deal, tells when an upcoming one opens, and lists buyable deals first', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-shopper');
    const cards = page.locator('.deal-card:not(.deal-card--skeleton)');
    await cards.first().waitFor();
    const nuts = page.locator('.deal-card', { hasText: '每日坚果' });
    await expect(nuts.locator('.deal-card__stats').innerText()).resolves.toBe('已抢光');
    await expect(nuts.innerText()).resolves.not.toContain('已拼 0 份');
    const bread = page.locator('.deal-card', { hasText: '手作全麦面包' }).locator('.deal-card__cta');
    await expect(bread.innerText()).resolves.toMatch(/^(今天|明天|\d+月\d+日) \d{2}:\d{2} 开团$/);
    const titles = await page.locator('.deal-card__title').allInnerTexts();
    expect(titles.slice(-2)).toEqual(['手作全麦面包', '每日坚果 30 包']);
    await page.screenshot({ path: '.tmp/shots/home-list.png', fullPage: true });

    await page.locator('.deal-filter__chip', { hasText: '零食' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.deal-card:not(.deal-card--skeleton)').length === 2);
    await page.locator('.deal-filter__chip', { hasText: '全部' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.deal-card:not(.deal-card--skeleton)').length > 2);
    await page.locator('.deal-filter__input input').fill('能量');
    await page.locator('.deal-filter__go').click();
    await page.waitForFunction(() => document.querySelectorAll('.deal-card:not(.deal-card--skeleton)').length === 1);
    await expect(page.locator('.deal-card__title').innerText()).resolves.toBe('晨光能量碗');
    await page.screenshot({ path: '.tmp/shots/home-search.png' });
    await page.context().close();
  }, 60_000);

  it('the deal page shows its gallery, 买家晒单 and, for a leader, 分享赚', async () => {
    const { items } = await gb(cloud, 'demo-cocreator', { action: 'listDeals', q: '晨光能量碗' });
    const page = await phonePage(browser, cloud.url, 'demo-cocreator', `pages/deal/index?id=${items[0].dealId}`);
    await page.locator('.deal-page__title').waitFor();
    await expect(page.locator('.deal-gallery__count').innerText()).resolves.toMatch(/^1\/\d+$/);
    await expect(page.locator('.deal-share__earn').innerText()).resolves.toBe('分享赚 ¥4.48');
    await page.screenshot({ path: '.tmp/shots/deal-page.png', fullPage: true });
    await page.context().close();
  }, 60_000);
});
