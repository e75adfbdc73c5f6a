import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import type { EventSignupDoc, OrderDoc, PartnerDoc, PerkDoc, VoucherDoc } from '../../cloudfunctions/shared/model';
import type { GrantDoc } from '../../cloudfunctions/shared/grants';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';
import { checkout } from '../helpers/checkout';
import { fl } from '../helpers/fulfilment';
import { runTimer } from '../helpers/groupbuy';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

const NAME = '云起瑜伽';
const SERVICE = '一节瑜伽体验课';
const BOWL = '晨光能量碗';
const EVENT = '云起瑜伽 · 傍晚舒展课';
const HOUR = 3_600_000;

/** Taro's h5 confirm dialog. */
async function confirmDialog(page: Page): Promise<void> {
  await page.locator('.taro__modal .taro-model__confirm').click();
}

/** The local cloud's clock (the functions' time, which may run ahead of the system's). */
async function serverNow(): Promise<number> {
  return Date.parse((await (await fetch(`${cloud.url}/dev/clock`)).json()).data.now);
}

/** A figure on the partner console, as shown. */
function figure(page: Page, key: string) {
  return page.locator(`.console-figures__cell--${key} .console-figures__value`);
}

/** Types a 6-digit code into the console's 扫码核销 field and looks it up. */
async function lookUp(page: Page, code: string): Promise<void> {
  await page.locator('.code-verify__code input').fill(code);
  await page.locator('.code-verify__lookup').click();
}

describe('partners end to end, in Chromium', () => {
  it('the brand adds a yoga studio with a perk and invites staff; a shopper’s voucher is redeemed at the console; a member signs up for its event and is checked in', async () => {
    // The deal the perk goes on: 晨光能量碗 (the seed's 山月瑜伽 perk sits on it too).
    const seededPerk = (await cloud.db.collection('perks').where({ service: SERVICE }).get()).data[0] as PerkDoc;
    const bowlId = seededPerk.dealId;

    // 1. The brand opens 合作伙伴, taps 新建 and creates 云起瑜伽 (瑜伽馆).
    const admin = await phonePage(browser, cloud.url, 'demo-admin', 'admin/pages/partners/index');
    await admin.locator('.admin-partners__new').click();
    await admin.locator('.partner-form__save', { hasText: '创建合作伙伴' }).waitFor();
    await admin.locator('.partner-form__input--name input').fill(NAME);
    await admin.locator('.partner-form__input--address input').fill('上海市徐汇区乌鲁木齐南路 178 号 3 楼');
    await admin.locator('.partner-form__input--hours input').fill('每天 7:00–21:30');
    await admin.locator('.partner-form__kind--yoga').click();
    await admin.locator('.partner-form__kind--yoga.partner-form__chip--on').waitFor();
    await admin.locator('.partner-form__intro textarea').fill('弄堂里的小班瑜伽馆，晨练和傍晚舒展课');
    await admin.locator('.partner-form__save').click();
    // Saved, it opens the partner's own page (staff and perks).
    await admin.locator('.admin-page-head', { hasText: NAME }).waitFor();
    await admin.locator('.partner-staff__invite').waitFor();
    const partner = (await cloud.db.collection('partners').where({ name: NAME }).get()).data[0] as PartnerDoc;
    expect(partner).toMatchObject({ kind: 'yoga', active: true });
    const partnerId = partner._id;

    // A perk: buy 晨光能量碗 → 一节瑜伽体验课 at 云起瑜伽, 5 in all, 30 days, one per member.
    await admin.locator('.partner-perks__add').click();
    await admin.locator(`.perk-sheet__chip[data-deal-id="${bowlId}"]`).click();
    await admin.locator(`.perk-sheet__chip--on[data-deal-id="${bowlId}"]`).waitFor();
    await admin.locator('.perk-sheet__service input').fill(SERVICE);
    await admin.locator('.perk-sheet__terms textarea').fill('请提前一天电话预约');
    await admin.locator('.perk-sheet__total input').fill('5');
    await admin.locator('.perk-sheet__per-member input').fill('1');
    await admin.locator('.perk-sheet__validity--days').click();
    await admin.locator('.perk-sheet__days input').fill('30');
    await admin.locator('.perk-sheet__confirm').click();
    await admin.locator('.perk-sheet').waitFor({ state: 'detached' });
    await expect(admin.locator('.partner-perks__item').innerText()).resolves.toMatch(/一节瑜伽体验课[\s\S]*晨光能量碗[\s\S]*已发 0\/5[\s\S]*每人限 1 张/);
    const perk = (await cloud.db.collection('perks').where({ partnerId }).get()).data[0] as PerkDoc;
    expect(perk).toMatchObject({ dealId: bowlId, service: SERVICE, total: 5, perMember: 1, validity: { mode: 'days', days: 30 } });

    // 邀请店员: the sheet shows the one-time link and the code.
    await admin.locator('.partner-staff__invite').click();
    const path = (await admin.locator('.invite-sheet__path').innerText()).trim();
    const token = (await admin.locator('.invite-sheet__token').innerText()).trim();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(path).toBe(`partner/pages/join/index?token=${token}`);
    await admin.locator('.invite-sheet__confirm').click();
    await admin.locator('.partner-staff__open', { hasText: '1 个邀请待接受' }).waitFor();

    // 2. 小禾 opens the link, taps 加入 and lands in 云起瑜伽's console.
    const staff = await phonePage(browser, cloud.url, 'demo-officer', path);
    await staff.locator('.join-card__go', { hasText: '加入' }).click();
    await staff.locator('.join-card--done', { hasText: NAME }).waitFor();
    await staff.locator('.join-card__go').click();
    await staff.locator('.console-head__name', { hasText: NAME }).waitFor();
    expect((await cloud.db.collection('partners').doc(partnerId).get()).data[0].staff).toContain('demo-officer');
    await expect(figure(staff, 'issued').innerText()).resolves.toBe('0');
    const redeemedBefore = Number(await figure(staff, 'redeemed').innerText());

    // 3. 甜甜 opens 晨光能量碗: the new perk, 5 left. She buys it alone, express, and pays in the sandbox.
    const shopper = await phonePage(browser, cloud.url, 'demo-tiantian');
    await shopper.locator('.deal-card', { hasText: BOWL }).first().click();
    const perkRow = shopper.locator('.deal-perk', { hasText: NAME });
    await expect(perkRow.innerText()).resolves.toMatch(/买就送[\s\S]*云起瑜伽 · 一节瑜伽体验课[\s\S]*剩 5 份/);
    await shopper.locator('.action-bar__solo').click();
    await checkout(shopper, 'express');
    await shopper.locator('.pay-sheet__confirm').click();
    // Paid, she lands in 我的订单 with the new order (待发货).
    await shopper.locator('.order-card', { hasText: BOWL }).first().waitFor();
    // (甜甜 has an earlier 晨光能量碗 order from a seeded group: take the newest.)
    const order = (await cloud.db.collection('orders').where({ openid: 'demo-tiantian', dealId: bowlId }).orderBy('createdAt', 'desc').limit(1).get()).data[0] as OrderDoc;
    expect(order.status).toBe('effective');
    await shopper.locator(`.order-card[data-order-id="${order._id}"]`).waitFor();
    expect(order.delivery?.mode).toBe('express');

    // The brand ships it: through the API, as fulfilment.test.ts covers the 发货 page's UI.
    await fl(cloud, { action: 'shipOrders', items: [{ orderId: order._id, company: '顺丰速运', trackingNo: 'SF2024000014' }] });

    // 甜甜 confirms receipt in 我的订单; the order completes and the voucher is issued.
    await shopper.reload();
    const card = shopper.locator(`.order-card[data-order-id="${order._id}"]`);
    await shopper.locator(`.order-card[data-order-id="${order._id}"][data-stage="shipped"]`).waitFor();
    await card.locator('.order-card__receipt').click();
    await confirmDialog(shopper);
    await shopper.locator(`.order-card[data-order-id="${order._id}"][data-stage="completed"]`).waitFor();
    // The outbox (drainOutbox, every minute) issues the vouchers a completed order earned.
    await runTimer(cloud, 'drainOutbox');
    const voucher = (await cloud.db.collection('vouchers').where({ perkId: perk._id }).get()).data as VoucherDoc[];
    expect(voucher.map((v) => [v.openid, v.orderId, v.status])).toEqual([['demo-tiantian', order._id, 'active']]);

    // 我的卡券: the 云起瑜伽 voucher under 未使用, and its 6-digit code on the voucher page.
    await shopper.goto(`${cloud.url}/#/member/pages/vouchers/index`);
    const vCard = shopper.locator('.voucher-card--active', { hasText: NAME });
    await expect(vCard.innerText()).resolves.toMatch(/一节瑜伽体验课[\s\S]*未使用[\s\S]*购买「晨光能量碗」获赠/);
    await vCard.click();
    await shopper.locator('.voucher-code--active .voucher-code__partner', { hasText: NAME }).waitFor();
    await expect(shopper.locator('.voucher-code__chip').innerText()).resolves.toContain('未使用');
    const code = (await shopper.locator('.voucher-code .code-face__digits').getAttribute('data-code'))!;
    expect(code).toMatch(/^\d{6}$/);
    const voucherUrl = shopper.url();

    // 4. 小禾 types the code: what it is for, 确认核销, and the console counts it.
    await lookUp(staff, code);
    const found = staff.locator('.code-found--voucher');
    await expect(found.innerText()).resolves.toMatch(/一节瑜伽体验课[\s\S]*晨光能量碗[\s\S]*甜甜[\s\S]*云起瑜伽/);
    await staff.locator('.code-verify__confirm', { hasText: '确认核销' }).click();
    await staff.locator('.code-verify__done', { hasText: '核销成功' }).waitFor();
    await figure(staff, 'redeemed').filter({ hasText: String(redeemedBefore + 1) }).waitFor();
    await expect(figure(staff, 'issued').innerText()).resolves.toBe('1');
    await expect(figure(staff, 'rate').innerText()).resolves.toBe('100%');
    await staff.locator('.console-recent__item', { hasText: SERVICE }).waitFor();
    const used = (await cloud.db.collection('vouchers').doc(voucher[0]._id).get()).data[0] as VoucherDoc;
    expect(used.status).toBe('used');

    // 甜甜's voucher now reads 已使用, without a code; the deal page says 剩 4 份.
    expect(shopper.url()).toBe(voucherUrl);
    await shopper.reload();
    await shopper.locator('.voucher-code--used .voucher-code__stamp', { hasText: '已使用' }).waitFor();
    expect(await shopper.locator('.voucher-code .code-face__digits').count()).toBe(0);
    await shopper.goto(`${cloud.url}/#/pages/index/index`);
    await shopper.locator('.deal-card', { hasText: BOWL }).first().click();
    await expect(shopper.locator('.deal-perk', { hasText: NAME }).innerText()).resolves.toContain('剩 4 份');

    // 5. An event at 云起瑜伽 starting in an hour (so check-in is open), made by the brand
    //    through the API: the event editor's pickers are not what this test is about.
    const start = (await serverNow()) + HOUR;
    const saved = await cloud.call('admin', {
      action: 'saveEvent', title: EVENT, startAt: new Date(start).toISOString(), endAt: new Date(start + HOUR).toISOString(),
      place: `${NAME} 3 楼教室`, partnerId, capacity: 12, gate: null, signupOpensAt: '', cover: '',
      description: '下班后一小时的舒展和呼吸练习，零基础可来。', attendGrowth: 15, status: 'published',
    }, 'demo-admin');
    expect(saved.ok).toBe(true);
    const eventId = saved.data.event.eventId as string;

    // 甜甜 finds it in 线下活动, taps 立即报名 and gets a ticket code.
    await shopper.goto(`${cloud.url}/#/member/pages/events/index`);
    await shopper.locator('.event-card', { hasText: EVENT }).click();
    await shopper.locator('.event-bar__button--sign_up', { hasText: '立即报名' }).click();
    const ticket = shopper.locator('.event-ticket--going .code-face__digits');
    await ticket.waitFor();
    const ticketCode = (await ticket.getAttribute('data-code'))!;
    expect(ticketCode).toMatch(/^\d{6}$/);

    // 小禾 checks her in from the console: the ticket, 确认签到.
    await staff.locator('.code-verify__next').click();
    await lookUp(staff, ticketCode);
    await expect(staff.locator('.code-found--ticket').innerText()).resolves.toMatch(/活动票[\s\S]*傍晚舒展课[\s\S]*甜甜/);
    await staff.locator('.code-verify__confirm', { hasText: '确认签到' }).click();
    await staff.locator('.code-verify__done', { hasText: '签到成功' }).waitFor();
    await staff.locator('.console-recent__item', { hasText: EVENT }).waitFor();
    const signup = (await cloud.db.collection('eventSignups').where({ eventId, openid: 'demo-tiantian' }).get()).data[0] as EventSignupDoc;
    expect(signup.status).toBe('attended');
    // Attendance grants growth through the grants ledger, once, from the outbox.
    await runTimer(cloud, 'drainOutbox');
    const grant = (await cloud.db.collection('grants').doc(`event:${eventId}:demo-tiantian`).get()).data[0] as GrantDoc;
    expect(grant).toMatchObject({ openid: 'demo-tiantian', growth: 15 });

    // Her event page shows the check-in.
    await shopper.reload();
    await expect(shopper.locator('.event-ticket--attended').innerText()).resolves.toMatch(/已签到[\s\S]*签到[\s\S]*获得 15 成长值/);

    // The console counts attendance of ended events: once this one is over, 1 of 1 came.
    await expect(figure(staff, 'events').innerText()).resolves.toBe('1');
    await fetch(`${cloud.url}/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: start + HOUR + 60_000 - (await serverNow()) }) });
    await staff.reload();
    await figure(staff, 'attendance').filter({ hasText: '1/1' }).waitFor();
    await expect(figure(staff, 'visitors').innerText()).resolves.toBe('1');
  }, 180_000);
});
