import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;
beforeAll(() => {
  ({ cloud, browser } = suite);
});

const SHOTS = path.resolve(__dirname, '../../.tmp/shots-coupons');
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(500); // the page's slide-in has ended
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
};
const pointsOf = async (openid: string) => (await cloud.db.collection('users').doc(openid).get()).data[0].points as number;

describe('积分兑换 and a coupon at checkout in Chromium', () => {
  it('小禾 redeems 满39减5 in 积分商城, buys two 燕麦坚果脆 with it, and pays ¥5.00 less', async () => {
    const page = await phonePage(browser, cloud.url, 'demo-officer');
    const before = await pointsOf('demo-officer');
    expect(before).toBeGreaterThanOrEqual(300);

    // 我的: the points figure leads to 积分商城.
    await page.goto(`${cloud.url}/#/pages/me/index`);
    await page.locator('.member-card__stat--points').click();
    await page.locator('.rewards__points-value', { hasText: new RegExp(`^${before}$`) }).waitFor();
    const item = page.locator('.reward-item', { hasText: '满39减5元券' });
    await expect(item.innerText()).resolves.toContain('300 积分');
    await shot(page, 'rewards');
    await item.locator('.reward-item__redeem').click();
    await page.locator('.taro__modal .taro-model__confirm').click();
    await page.locator('.rewards__points-value', { hasText: new RegExp(`^${before - 300}$`) }).waitFor();
    expect(await pointsOf('demo-officer')).toBe(before - 300);

    // 我的优惠券 holds it, unused.
    await page.locator('.rewards__to-coupons').click();
    await page.locator('.coupon-item--active', { hasText: '满39减5元券' }).waitFor();
    await shot(page, 'coupons');

    // One bag is ¥19.90, under the coupon's ¥39.00: the sheet says so and charges the full price.
    await page.goto(`${cloud.url}/#/pages/index/index`);
    await page.locator('.deal-card', { hasText: '燕麦坚果脆' }).click();
    await page.locator('.action-bar__start').click();
    await page.locator('.checkout-sheet').waitFor();
    await page.locator('.delivery-option--pickup').click();
    await page.locator('.pickup-option--selected').waitFor();
    await expect(page.locator('.checkout-sheet__pay').innerText()).resolves.toContain('¥19.90');
    await page.locator('.coupon-picker__line').click();
    await expect(page.locator('.coupon-option', { hasText: '满39减5元券' }).innerText()).resolves.toContain('未满¥39.00');

    // Two bags (¥39.80): the coupon is chosen by itself and the total drops by ¥5.00.
    await page.locator('.quantity-stepper__plus').click();
    await expect(page.locator('.quantity-stepper__value').innerText()).resolves.toBe('2');
    await page.locator('.checkout-total__discount', { hasText: '-¥5.00' }).waitFor();
    await expect(page.locator('.checkout-sheet__pay').innerText()).resolves.toContain('¥34.80');
    await shot(page, 'checkout-with-coupon');
    await page.locator('.checkout-sheet__pay').click();

    const sheet = page.locator('.pay-sheet');
    await sheet.waitFor();
    await expect(sheet.innerText()).resolves.toContain('¥34.80');
    const orderId = await sheet.getAttribute('data-order-id');
    await page.locator('.pay-sheet__confirm').click();
    await page.locator('.group-headline__title').waitFor();

    const order = (await cloud.db.collection('orders').doc(orderId!).get()).data[0];
    expect(order).toMatchObject({ quantity: 2, goodsFen: 3980, discountFen: 500, amountFen: 3480, status: 'paid' });
    expect((await cloud.db.collection('coupons').doc(order.couponId).get()).data[0]).toMatchObject({ status: 'used', orderId });
  }, 120_000);
});
