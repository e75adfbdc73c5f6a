import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { checkout } from '../helpers/checkout';
import { browserSuite } from '../helpers/browser-suite';
import { receiveOrders } from '../helpers/fulfilment';

const DAY = 86_400_000;
const LEADER = 'demo-cocreator'; // 阿哲, code YZ7KQ3MP
const COMMISSION_FEN = 298; // 15% of ¥19.9, rounded down

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

/** The leader centre's figures in fen, as the page shows them (each figure carries data-fen). */
async function figures(page: Page) {
  const fen = async (cls: string) => Number(await page.locator(`.leader-centre__${cls}`).getAttribute('data-fen'));
  await page.locator('.leader-centre__available').waitFor();
  return { available: await fen('available'), pending: await fen('pending'), withdrawn: await fen('withdrawn') };
}

async function customerCount(): Promise<number> {
  const res = await cloud.call('distribution', { action: 'summary' }, LEADER);
  return res.data.customers;
}

/** Waits until `check` holds (the binding happens quietly in the background). */
async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for ' + check.toString());
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("阿哲's card brings a customer, and the commission travels to his WeChat balance", () => {
  it('binds, earns 15% on the group, settles after the after-sale window, withdraws and is paid', async () => {
    // What 阿哲 had before (the demo seed gives him a history; read it, do not assume it).
    const leader = await phonePage(browser, cloud.url, LEADER, 'leader/pages/centre/index');
    await expect(leader.locator('.leader-centre__code').innerText()).resolves.toBe('YZ7KQ3MP');
    const before = await figures(leader);
    const customersBefore = await customerCount();

    // A new shopper opens his card: the home page with his code. Opening it binds her to him.
    const buyer = await phonePage(browser, cloud.url, 'fresh-buyer', 'pages/index/index?code=YZ7KQ3MP');
    await buyer.locator('.deal-card', { hasText: '燕麦坚果脆' }).waitFor();
    await until(async () => (await customerCount()) === customersBefore + 1);

    // She starts a 2-person group of 燕麦坚果脆 and pays on the sandbox sheet.
    await buyer.locator('.deal-card', { hasText: '燕麦坚果脆' }).click();
    await buyer.locator('.action-bar__start').click();
    await checkout(buyer, 'pickup');
    await buyer.locator('.pay-sheet').waitFor();
    await buyer.locator('.pay-sheet__confirm').click();
    await buyer.locator('.group-headline__title', { hasText: '还差 1 人' }).waitFor();
    const groupId = new URL(buyer.url().replace('#/', '')).searchParams.get('id');
    expect(groupId).toMatch(/^[0-9a-f]+$/);
    const myOrders = await cloud.call('groupbuy', { action: 'myOrders' }, 'fresh-buyer');
    const orderId: string = myOrders.data.items[0].orderId;

    // A friend (not bound to anyone) joins and pays: the group succeeds, her order becomes effective.
    const points = await cloud.call('groupbuy', { action: 'pickupPoints' }, 'fresh-friend');
    const delivery = { mode: 'pickup', pointId: points.data.items[0].pointId };
    const joined = await cloud.call('groupbuy', { action: 'joinGroup', groupId, delivery }, 'fresh-friend');
    expect(joined.ok).toBe(true);
    expect((await cloud.post('/dev/pay', { orderId: joined.data.orderId })).ok).toBe(true);
    await buyer.locator('.group-headline__title', { hasText: '拼团成功' }).waitFor({ timeout: 15_000 });

    // 阿哲 sees the new commission frozen: ¥2.98 more pending, on her order, 冻结中.
    await leader.reload();
    const frozen = await figures(leader);
    expect(frozen.pending).toBe(before.pending + COMMISSION_FEN);
    expect(frozen.available).toBe(before.available);
    const item = leader.locator(`.commission-item[data-order-id="${orderId}"]`);
    // Until she has her goods, it waits for the after-sale window to start.
    await expect(item.innerText()).resolves.toMatch(/\+¥2\.98[\s\S]*实付 ¥19\.90 × 15%[\s\S]*冻结中[\s\S]*售后期结束后结算/);

    // The brand ships (or brings to the point) and she receives: the commission now unfreezes on a date.
    await receiveOrders(cloud, [orderId]);
    await leader.reload();
    await expect(item.innerText()).resolves.toMatch(/\+¥2\.98[\s\S]*冻结中[\s\S]*解冻/);
    await expect(leader.locator('.leader-centre__unfreeze').innerText()).resolves.toContain('解冻');

    // Eight days on, the hourly settlement makes every frozen amount available.
    cloud.clock.advance(8 * DAY);
    expect((await cloud.post('/dev/run/settleCommissions', {})).ok).toBe(true);
    await leader.reload();
    const settled = await figures(leader);
    // What unfroze moved from pending to available (orders not yet received stay pending), hers among it.
    expect(settled.pending).toBeLessThan(frozen.pending);
    expect(settled.available - before.available).toBe(frozen.pending - settled.pending);
    await expect(item.locator('.commission-item__status').innerText()).resolves.toBe('已到账');

    // He withdraws the new ¥2.98 on the withdraw page and comes back to the leader centre.
    await leader.locator('.leader-figures__withdraw').click();
    await leader.locator('.withdraw-page__balance').waitFor();
    await expect(leader.locator('.withdraw-page__balance').getAttribute('data-fen')).resolves.toBe(String(settled.available));
    await leader.locator('.withdraw-page__input input').fill('2.98');
    await leader.locator('.withdraw-page__submit').click();
    await leader.locator(`.leader-centre__available[data-fen="${settled.available - COMMISSION_FEN}"]`).waitFor();
    await leader.locator('.tabs__item--withdrawals').click();
    const record = leader.locator('.withdraw-record').first();
    await expect(record.getAttribute('data-status')).resolves.toBe('pending_review');
    await expect(record.innerText()).resolves.toMatch(/¥2\.98[\s\S]*待审核/);
    const withdrawalId = await record.getAttribute('data-withdrawal-id');

    // The brand operator approves it from 品牌管理 → 分销 → 提现 (待审核 by default).
    const admin = await phonePage(browser, cloud.url, 'demo-admin', 'admin/pages/distribution/index');
    await admin.locator('.tabs__item--withdrawals').click();
    const card = admin.locator(`.withdrawal-card[data-withdrawal-id="${withdrawalId}"]`);
    await expect(card.innerText()).resolves.toMatch(/阿哲[\s\S]*¥2\.98[\s\S]*待审核/);
    await card.locator('.admin-card__approve').click();
    await admin.locator('.note-sheet__confirm').click();
    await card.waitFor({ state: 'detached' });

    // The transfer went through: 已到账, and 已提现 grew by ¥2.98.
    await leader.reload();
    const paid = await figures(leader);
    expect(paid.withdrawn).toBe(before.withdrawn + COMMISSION_FEN);
    await leader.locator('.tabs__item--withdrawals').click();
    const done = leader.locator(`.withdraw-record[data-withdrawal-id="${withdrawalId}"]`);
    await expect(done.getAttribute('data-status')).resolves.toBe('succeeded');
    await expect(done.locator('.withdraw-record__status').innerText()).resolves.toBe('已到账');
  }, 120_000);
});

describe('团长中心 says what each figure counts, and the figures agree with the lists', () => {
  it('带来订单 is the number of 佣金明细 rows, 客户 of 我的客户; each has its one-line definition, and a tap opens its list', async () => {
    const page = await phonePage(browser, cloud.url, LEADER, 'leader/pages/centre/index');
    await page.locator('.commission-item').first().waitFor();
    for (const [cls, hint] of [['pending', '售后期后到账'], ['withdrawn', '已到微信零钱'], ['customers', '绑定你的好友'], ['orders', '每单一条佣金']]) {
      await expect(page.locator(`.leader-centre__${cls} .leader-figures__cell-hint`).innerText()).resolves.toBe(hint);
    }
    await expect(page.locator('.leader-centre__available .leader-figures__hint').innerText()).resolves.toContain('可提到微信零钱');
    // Money reads ¥x.xx everywhere on the page, 0 included.
    for (const text of await page.locator('.leader-centre__pending .leader-figures__value, .leader-centre__withdrawn .leader-figures__value, .commission-item__amount').allInnerTexts()) {
      expect(text).toMatch(/¥\d+\.\d\d$/);
    }
    await expect(page.locator('.leader-figures__big').innerText()).resolves.toMatch(/^\d+\.\d\d$/);

    /** Taps 上拉加载更多 until the list ends; answers its rows. */
    async function allRows(selector: string): Promise<number> {
      while (await page.locator('.list-footer--more').count()) {
        await page.locator('.list-footer--more').click();
        await page.waitForTimeout(300);
      }
      return page.locator(selector).count();
    }
    const orders = Number(await page.locator('.leader-centre__orders .leader-figures__value').innerText());
    expect(await allRows('.commission-item')).toBe(orders);

    await page.locator('.leader-centre__customers').click();
    await page.locator('.tabs__item--customers.tabs__item--on').waitFor();
    await page.locator('.customer-item').first().waitFor();
    const customers = Number(await page.locator('.leader-centre__customers .leader-figures__value').innerText());
    expect(await allRows('.customer-item')).toBe(customers);
  }, 60_000);
});
