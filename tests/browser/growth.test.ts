import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';
import { grant } from '../../cloudfunctions/shared/grants';
import { DEFAULT_MEMBER_CONFIG, orderGrantReason } from '../../cloudfunctions/shared/domain/growth';
import { now } from '../../cloudfunctions/shared/runtime/clock';

const OFFICER = 'demo-officer'; // 小禾, 体验官

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

/** The points on the member card of 我的. */
async function points(page: Page): Promise<number> {
  return Number(await page.locator('.member-card__stat--points .member-card__stat-value').innerText());
}

describe('小禾 checks in, applies to become 共创官, and the brand approves her', () => {
  it('the streak and points go up; after approval 我的 shows the 共创官 badge and her distribution code', async () => {
    // 我的 as 小禾: a 体验官 who has not checked in today.
    const me = await phonePage(browser, cloud.url, OFFICER, 'pages/me/index');
    await expect(me.locator('.member-card .tier-badge').getAttribute('data-tier')).resolves.toBe('officer');
    await expect(me.locator('.me-check-in__action').innerText()).resolves.toBe('签到领积分');
    const before = await points(me);

    // The check-in page: the big button, then 今日已签到 and the streak.
    await me.locator('.me-check-in').click();
    const button = me.locator('.check-in__button');
    await expect(button.innerText()).resolves.toContain('签到');
    await expect(me.locator('.reward-table__day--current .reward-table__label').innerText()).resolves.toBe('今天');
    await button.click();
    await me.locator('.check-in__button--done').waitFor();
    await expect(button.innerText()).resolves.toContain('今日已签到');
    await expect(button.getAttribute('disabled')).resolves.not.toBeNull();
    await expect(me.locator('.check-in__streak').innerText()).resolves.toBe('已连续签到 1 天');
    await expect(me.locator('.month-calendar__day--checked').count()).resolves.toBe(1);
    await expect(me.locator('.month-calendar__day--checked.month-calendar__day--today').count()).resolves.toBe(1);

    // Back on 我的: 5 more points (the first day of the default table) and 今日已签到.
    await me.goBack();
    await me.locator('.me-check-in__action', { hasText: '今日已签到' }).waitFor();
    await expect(me.locator('.me-check-in__streak').innerText()).resolves.toBe('已连续签到 1 天');
    expect(await points(me)).toBe(before + 5);

    // 成长记录 lists the check-in.
    await me.locator('.me-entry--growth').click();
    await expect(me.locator('.grant-row').first().innerText()).resolves.toMatch(/每日签到 · 连续第 1 天[\s\S]*成长值 \+2[\s\S]*积分 \+5/);
    await me.goBack();

    // 申请成为共创官: a statement, a tag, the consent.
    await me.locator('.member-card__apply').click();
    await me.locator('.co-apply__statement textarea').fill('我在小区群里分享轻食两年了，想和品牌一起把低糖早餐做得更好吃。');
    await me.locator('.expertise-picker__tag[data-tag="轻食"]').click();
    await me.locator('.co-apply__submit').click();
    // Without the consent nothing is sent.
    await me.locator('.co-apply__consent--invalid').waitFor();
    await me.locator('.co-apply__consent').click();
    await me.locator('.co-apply__submit').click();
    await me.locator('.co-status--pending').waitFor();
    await expect(me.locator('.co-status__label').innerText()).resolves.toBe('审核中');

    // The brand operator approves it on 会员管理 with a note.
    const admin = await phonePage(browser, cloud.url, 'demo-admin', 'pages/me/index');
    await admin.locator('.me-entry--members').click();
    const card = admin.locator(`.co-card[data-openid="${OFFICER}"]`);
    await expect(card.innerText()).resolves.toMatch(/小禾[\s\S]*体验官[\s\S]*低糖早餐[\s\S]*轻食/);
    await card.locator('.co-card__approve').click();
    await admin.locator('.note-sheet__confirm').click();
    await admin.locator('.note-sheet__error').waitFor(); // the note is required
    await admin.locator('.note-sheet__input textarea').fill('欢迎加入共创官，新品试吃群邀请已私信');
    await admin.locator('.note-sheet__confirm').click();
    await card.waitFor({ state: 'detached' });
    await admin.locator('.filter-chips__chip[data-value="approved"]').click();
    await admin.locator(`.co-card[data-openid="${OFFICER}"] .co-card__revoke`).waitFor();

    // Back as 小禾: the apply page shows her code; 我的 the 共创官 badge, the code and 团长中心.
    await me.reload();
    await me.locator('.co-status--approved').waitFor();
    const code = await me.locator('.co-status__code-value').innerText();
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await me.goBack();
    await me.reload();
    await me.locator('.member-card .tier-badge--cocreator').waitFor();
    await expect(me.locator('.member-card__code-value').innerText()).resolves.toBe(code);
    await expect(me.locator('.me-entry--leader').count()).resolves.toBe(1);
  }, 120_000);
});

describe('成长记录 adds up', () => {
  it("小满's totals are the sum of every row, paged to the end; each row says what it was for", async () => {
    // More rows than one page holds.
    for (let i = 1; i <= 24; i++) await grant(cloud.db, 'demo-shopper', `test:history:${i}`, { growth: 1, points: 2 }, `测试奖励 ${i}`, DEFAULT_MEMBER_CONFIG, now());
    const page = await phonePage(browser, cloud.url, 'demo-shopper', 'member/pages/growth/index');
    await page.locator('.grant-row').first().waitFor();
    while (await page.locator('.list-footer--more').count()) {
      await page.locator('.list-footer--more').click();
      await page.waitForTimeout(300);
    }
    await expect(page.locator('.list-footer--end').innerText()).resolves.toContain('以上是全部记录');
    await expect(page.getByText('只显示到这里').count()).resolves.toBe(0);
    const rows = await page.locator('.grant-row').evaluateAll((els) => els.map((e) => ({ growth: Number(e.getAttribute('data-growth')), points: Number(e.getAttribute('data-points')), text: (e as HTMLElement).innerText })));
    expect(rows.length).toBeGreaterThan(24);
    const growth = Number(await page.locator('.growth-summary__value--growth').innerText());
    const points = Number(await page.locator('.growth-summary__value--points').innerText());
    expect(rows.reduce((t, r) => t + r.growth, 0)).toBe(growth);
    expect(rows.reduce((t, r) => t + r.points, 0)).toBe(points);
    // Her starting totals are a row of their own; her orders say what kind they were.
    expect(rows.some((r) => r.text.includes('期初余额'))).toBe(true);
    const orders = (await cloud.db.collection('orders').where({ openid: 'demo-shopper' }).get()).data as { _id: string; kind: 'group' | 'solo'; presale?: boolean; title: string }[];
    const grants = (await cloud.db.collection('grants').where({ openid: 'demo-shopper' }).get()).data as { _id: string }[];
    for (const o of orders.filter((o) => grants.some((g) => g._id === `order:${o._id}`))) {
      expect(rows.some((r) => r.text.includes(orderGrantReason(o)))).toBe(true);
    }
  }, 60_000);
});
