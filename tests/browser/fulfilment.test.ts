import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import type { OrderDoc, VerifyCodeDoc } from '../../cloudfunctions/shared/model';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

const AZHE_POINT = '阿哲的自提点';

async function orderOf(openid: string, groupId: string): Promise<OrderDoc> {
  return (await cloud.db.collection('orders').where({ openid, groupId }).get()).data[0];
}

/** Taro's h5 confirm dialog. */
async function confirmDialog(page: Page): Promise<void> {
  await page.locator('.taro__modal .taro-model__confirm').click();
}

describe('fulfilment from checkout to after-sale, in Chromium', () => {
  it('express and pickup in one group: shipped, brought to the point, verified by the leader, received, and refunded after-sale', async () => {
    // 小满 starts a 燕麦坚果脆 group (2 people) with 快递到家 to her saved address.
    const a = await phonePage(browser, cloud.url, 'demo-shopper');
    await a.locator('.deal-card', { hasText: '燕麦坚果脆' }).click();
    await a.locator('.action-bar__start').click();
    await a.locator('.checkout-sheet').waitFor();
    await a.locator('.delivery-option--express').click();
    await expect(a.locator('.address-option--selected').innerText()).resolves.toContain('漕溪北路');
    await a.locator('.checkout-sheet__pay').click();
    await a.locator('.pay-sheet__confirm').click();
    await a.locator('.group-headline__title', { hasText: '还差 1 人' }).waitFor();
    const groupUrl = a.url();
    const groupId = new URL(groupUrl.replace('/#/', '/')).searchParams.get('id')!;

    // 小禾 joins from the link and picks 阿哲's point (团长自提).
    const b = await phonePage(browser, cloud.url, 'demo-officer');
    await b.goto(groupUrl);
    await b.locator('.group-actions__primary--join').click();
    await b.locator('.checkout-sheet').waitFor();
    await b.locator('.delivery-option--pickup').click();
    await b.locator('.pickup-option', { hasText: AZHE_POINT }).click();
    await b.locator('.pickup-option--selected', { hasText: AZHE_POINT }).waitFor();
    await b.locator('.checkout-sheet__pay').click();
    await b.locator('.pay-sheet__confirm').click();
    await b.locator('.group-headline__title', { hasText: '拼团成功' }).waitFor();

    const aOrder = await orderOf('demo-shopper', groupId);
    const bOrder = await orderOf('demo-officer', groupId);
    expect([aOrder.delivery?.mode, bOrder.delivery?.mode]).toEqual(['express', 'pickup']);
    // Nobody's address or phone in the group's view.
    const group = await cloud.call('groupbuy', { action: 'getGroup', groupId }, 'demo-officer');
    expect(JSON.stringify(group)).not.toMatch(/13800138004|漕溪北路/);

    // The brand ships 小满's order with a tracking number …
    const admin = await phonePage(browser, cloud.url, 'demo-admin', 'admin/pages/shipping/index');
    const card = admin.locator(`.ship-card[data-order-id="${aOrder._id}"]`);
    await card.locator('.ship-card__ship').click();
    await admin.locator('.ship-form__tracking input').fill('SF1234567890');
    await admin.locator('.ship-form__submit').click();
    await admin.locator('.ship-results__item--shipped').waitFor();

    // … and brings 小禾's to 阿哲's point (到货).
    await admin.locator('.tabs__item--to_arrive').click();
    const batch = admin.locator('.point-batch', { hasText: AZHE_POINT });
    await batch.locator('.point-batch__all').click();
    await batch.locator('.dispatch-button').click();
    await admin.locator('.ship-results__item--shipped').first().waitFor();

    // 小禾 sees 待自提 and her code; 阿哲 types it on his 自提点核销 page and hands the goods over.
    await b.goto(`${cloud.url}/#/pages/orders/index`);
    const bCard = b.locator(`.order-card[data-order-id="${bOrder._id}"]`);
    await expect(bCard.getAttribute('data-stage')).resolves.toBe('at_point');
    await bCard.locator('.order-card__pickup-code').click();
    const digits = await b.locator('.pickup-code .code-face__digits').getAttribute('data-code');
    const code = (await cloud.db.collection('verifyCodes').doc((await orderOf('demo-officer', groupId)).pickupCodeId!).get()).data[0] as VerifyCodeDoc;
    expect(digits).toBe(code.short);

    const leader = await phonePage(browser, cloud.url, 'demo-cocreator', 'partner/pages/pickup/index');
    await leader.locator('.code-verify__code input').fill(digits!);
    await leader.locator('.code-verify__lookup').click();
    await expect(leader.locator('.pickup-order').innerText()).resolves.toContain('燕麦坚果脆');
    await leader.locator('.code-verify__confirm').click();
    await leader.locator('.code-verify__done').waitFor();
    expect((await orderOf('demo-officer', groupId)).status).toBe('completed');

    // 小满 sees the tracking number and confirms receipt.
    await a.goto(`${cloud.url}/#/pages/orders/index`);
    const aCard = a.locator(`.order-card[data-order-id="${aOrder._id}"]`);
    await expect(aCard.getAttribute('data-stage')).resolves.toBe('shipped');
    await expect(aCard.locator('.order-delivery__tracking-no').innerText()).resolves.toContain('SF1234567890');
    await aCard.locator('.order-card__receipt').click();
    await confirmDialog(a);
    await a.locator(`.order-card[data-order-id="${aOrder._id}"][data-stage="completed"]`).waitFor();

    // Then asks for a refund (仅退款) …
    await aCard.locator('.order-card__after-sale-btn').click();
    await a.locator('.after-sale__kind--refund_only').click();
    await a.locator('.after-sale__reason textarea').fill('收到时外包装破了，坚果撒了一半');
    await a.locator('.after-sale__submit').click();
    await a.locator(`.order-card[data-order-id="${aOrder._id}"][data-stage="after_sale"]`).waitFor();

    // … which the brand approves on 售后处理: the order is refunded.
    await admin.goto(`${cloud.url}/#/admin/pages/after-sales/index`);
    const request = admin.locator('.after-sale-card', { hasText: '坚果撒了一半' });
    await request.locator('.after-sale-card__approve').click();
    await admin.locator('.note-sheet__confirm').click();
    await admin.locator('.after-sale-card[data-status="open"]', { hasText: '坚果撒了一半' }).waitFor({ state: 'detached' });
    expect(['refunding', 'refunded']).toContain((await orderOf('demo-shopper', groupId)).status);
    const decided = (await cloud.call('fulfilment', { action: 'afterSales', status: 'approved' }, 'demo-admin')).data.items;
    expect(decided.map((x: { reason: string }) => x.reason)).toContain('收到时外包装破了，坚果撒了一半');
    await a.reload();
    await expect(a.locator(`.order-card[data-order-id="${aOrder._id}"]`).getAttribute('data-stage')).resolves.toMatch(/refund/);
  }, 150_000);
});
