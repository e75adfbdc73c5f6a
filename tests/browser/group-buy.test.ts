import type { Browser } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { checkout } from '../helpers/checkout';
import { browserSuite } from '../helpers/browser-suite';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

describe('a two-person group buy in Chromium', () => {
  it('A starts (快递到家) and pays, B joins from the link (团长自提) and pays, both see 拼团成功', async () => {
    // A (小满) starts a group on 燕麦坚果脆, a 2-person deal, and pays on the sandbox sheet.
    const a = await phonePage(browser, cloud.url, 'demo-shopper');
    await a.locator('.deal-card', { hasText: '燕麦坚果脆' }).click();
    await a.locator('.deal-page__title', { hasText: '燕麦坚果脆' }).waitFor();
    await a.locator('.action-bar__start').click();
    // 快递到家 to her saved default address (free shipping on this deal or not, the sheet shows the total).
    await checkout(a, 'express');
    const sheet = a.locator('.pay-sheet');
    await sheet.waitFor();
    await expect(sheet.innerText()).resolves.toContain('¥19.90');
    await expect(sheet.innerText()).resolves.toContain('本地沙箱支付');
    await a.locator('.pay-sheet__confirm').click();

    await a.locator('.group-headline__title', { hasText: '还差 1 人' }).waitFor();
    await expect(a.locator('.group-seat--taken').count()).resolves.toBe(1);
    await expect(a.locator('.group-seat--empty').count()).resolves.toBe(1);
    await expect(a.locator('.group-actions__primary--invite').isVisible()).resolves.toBe(true);
    const groupUrl = a.url();
    expect(groupUrl).toMatch(/#\/group\/pages\/detail\/index\?id=[0-9a-f]+/);

    // B (小禾), in a browser of their own, opens A's link, joins and pays.
    const b = await phonePage(browser, cloud.url, 'demo-officer');
    await b.goto(groupUrl);
    const join = b.locator('.group-actions__primary--join');
    await join.waitFor();
    await expect(join.innerText()).resolves.toContain('参与拼团');
    await join.click();
    await checkout(b, 'pickup');
    await b.locator('.pay-sheet').waitFor();
    await b.locator('.pay-sheet__confirm').click();
    await b.locator('.group-headline__title', { hasText: '拼团成功' }).waitFor();
    await expect(b.locator('.group-seat--taken').count()).resolves.toBe(2);

    // A's page polls the group while it is open: success arrives without a reload.
    await a.locator('.group-headline__title', { hasText: '拼团成功' }).waitFor({ timeout: 15_000 });
    await expect(a.locator('.group-seat--taken').count()).resolves.toBe(2);
    await expect(a.locator('.group-seat__name').allInnerTexts()).resolves.toEqual(['小满', '小禾']);
  }, 90_000);
});
