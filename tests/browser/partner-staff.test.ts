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

describe('partner staff in Chromium', () => {
  it('an invited member joins 麦田咖啡, and its staff cannot redeem a 山月瑜伽 voucher that 林老师 then redeems once', async () => {
    // The brand invites; 甜甜 pastes the link on the join page and lands in the console.
    const partners = (await cloud.call('admin', { action: 'listPartners' }, 'demo-admin')).data.items;
    const cafe = partners.find((p: { kind: string }) => p.kind === 'cafe');
    const { invitation } = (await cloud.call('admin', { action: 'invitePartnerStaff', partnerId: cafe.partnerId }, 'demo-admin')).data;
    const join = await phonePage(browser, cloud.url, 'demo-tiantian', 'partner/pages/join/index');
    await join.locator('.join-card__input input').fill(invitation.path);
    await join.locator('.join-card__go').click();
    await join.locator('.join-card--done', { hasText: cafe.name }).waitFor();
    await join.locator('.join-card__go').click();
    await join.locator('.console-head__name', { hasText: cafe.name }).waitFor();

    // 小满's yoga voucher, typed at the café: refused, in words for the counter.
    const code = (await cloud.call('partner', { action: 'myVouchers', status: 'active' }, 'demo-shopper')).data.items[0].code as string;
    await join.locator('.code-verify__code input').fill(code);
    await join.locator('.code-verify__lookup').click();
    await expect(join.locator('.code-verify__error').innerText()).resolves.toContain('不属于你的门店');

    // At 山月瑜伽: what it is for, 确认核销, and the console counts it; a second try is refused.
    const yoga = await phonePage(browser, cloud.url, 'demo-yoga', 'partner/pages/console/index');
    const before = Number(await yoga.locator('.console-figures__cell--redeemed .console-figures__value').innerText());
    await yoga.locator('.code-verify__code input').fill(code);
    await yoga.locator('.code-verify__lookup').click();
    await expect(yoga.locator('.code-found--voucher').innerText()).resolves.toContain('小满');
    await yoga.locator('.code-verify__confirm').click();
    await yoga.locator('.code-verify__done', { hasText: '核销成功' }).waitFor();
    await yoga.locator('.console-figures__cell--redeemed .console-figures__value', { hasText: String(before + 1) }).waitFor();
    await yoga.locator('.code-verify__next').click();
    await yoga.locator('.code-verify__code input').fill(code);
    await yoga.locator('.code-verify__lookup').click();
    await expect(yoga.locator('.code-verify__error').innerText()).resolves.toContain('已经核销过');
  }, 90_000);
});
