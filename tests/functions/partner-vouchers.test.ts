import { ALL_COLLECTIONS, startTestCloud, TestCloud } from '../helpers/test-cloud';
import { makeDeal, readOrder, runTimer, MINUTE } from '../helpers/groupbuy';
import { adminCall } from '../helpers/distribution';
import { arrivedOrders, completedOrder, drainOutbox, makePartner, makePerk, partnerCall, pt, readPerk, verifyPickup, vouchersWhere } from '../helpers/partner';
import { issueOrderVouchers } from '../../cloudfunctions/partner/flows/vouchers';
import { withdrawOrderVouchers } from '../../cloudfunctions/partner/flows/voucher-withdraw';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { outbox } from '../../cloudfunctions/shared/providers/notifier';
import type { VerifyCodeDoc, VoucherDoc } from '../../cloudfunctions/shared/model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let cloud: TestCloud;
let yoga: string;
let cafe: string;
beforeAll(async () => {
  cloud = await startTestCloud();
  yoga = await makePartner(cloud, '山月瑜伽', ['clerk-yoga']);
  cafe = await makePartner(cloud, '麦田咖啡', ['clerk-cafe'], 'cafe');
});
afterAll(() => cloud.stop());

const admin = (data: Record<string, unknown>) => cloud.call('admin', data, 'demo-admin');
const advance = (ms: number) => cloud.post('/dev/clock', { advanceMs: ms });
const readVoucher = async (id: string): Promise<VoucherDoc> => (await cloud.db.collection('vouchers').doc(id).get()).data[0];
const readCode = async (token: string): Promise<VerifyCodeDoc> => (await cloud.db.collection('verifyCodes').doc(token).get()).data[0];
/** Documents in every collection but the wrong-code throttle (which a refused redemption counts). */
const countBut = (skip: string[]) => cloud.countAll(ALL_COLLECTIONS.filter((c) => !skip.includes(c)));

/** One active voucher of a fresh deal with a perk of `partnerId`, owned by `buyer`. */
async function oneVoucher(buyer: string, partnerId = yoga, perk: Record<string, unknown> = {}): Promise<VoucherDoc> {
  const dealId = await makeDeal(cloud, { stockInitial: 100, perUserLimit: 10 });
  await makePerk(cloud, dealId, partnerId, perk);
  const orderId = await completedOrder(cloud, dealId, buyer);
  const [voucher] = await vouchersWhere(cloud, { orderId });
  expect(voucher).toMatchObject({ status: 'active', openid: buyer, partnerId });
  return voucher;
}

describe('issuing vouchers when orders complete', () => {
  it('a perk of 10 vouchers and 40 orders completing at once: exactly 10 issued, and perk.issued says so', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 100, perUserLimit: 5 });
    const perkId = await makePerk(cloud, dealId, yoga, { total: 10 });
    const orders = await arrivedOrders(cloud, dealId, Array.from({ length: 40 }, (_, i) => `rush-${i}`));
    const calls = await Promise.all(orders.map(({ code }) => verifyPickup(cloud, code)));
    expect(calls.filter((c) => c.ok)).toHaveLength(40); // every order completes; only the vouchers run out
    // The vouchers are each completed order's outbox task: issued by the drain (two at once here) racing direct issues.
    const completed = await Promise.all(orders.map(({ orderId }) => readOrder(cloud, orderId)));
    expect(completed.map((o) => [o.status, o.perksDue])).toEqual(Array(40).fill(['completed', true]));
    expect(await vouchersWhere(cloud, { perkId })).toEqual([]);
    await Promise.all([drainOutbox(cloud), drainOutbox(cloud), ...orders.map(({ orderId }) => issueOrderVouchers(cloud.db, orderId, now()))]);
    expect((await Promise.all(orders.map(({ orderId }) => readOrder(cloud, orderId)))).filter((o) => o.perksDue)).toEqual([]);

    const vouchers = await vouchersWhere(cloud, { perkId });
    expect(vouchers.filter((v) => v.status === 'active')).toHaveLength(10);
    expect(vouchers.filter((v) => v.status === 'lapsed')).toHaveLength(30);
    expect((await readPerk(cloud, perkId)).issued).toBe(10);
    expect((await cloud.db.collection('verifyCodes').where({ kind: 'voucher', placeId: yoga, ref: cloud.db.command.in(vouchers.map((v) => v._id)) }).count()).total).toBe(10);
    expect((await pt(cloud, 'rush-0', { action: 'dealPerks', dealId })).items).toEqual([expect.objectContaining({ perkId, total: 10, issued: 10, left: 0 })]);

    // A refund before use withdraws the voucher: its code stops working and the unit is free again.
    const lucky = vouchers.find((v) => v.status === 'active')!;
    await adminCall(cloud, { action: 'refundOrder', orderId: lucky.orderId, reason: '不想要了' });
    expect(await readVoucher(lucky._id)).toMatchObject({ status: 'withdrawn', slot: null });
    expect((await readCode(lucky.token!)).status).toBe('void');
    const again = await partnerCall(cloud, 'clerk-yoga', { action: 'redeemVoucher', code: lucky.short });
    expect([again.ok, again.error.code, again.error.message]).toEqual([false, 'VOUCHER_USED', '这张券已作废（订单已退款）']);
    expect((await readPerk(cloud, perkId)).issued).toBe(9);
    expect((await pt(cloud, 'rush-0', { action: 'dealPerks', dealId })).items[0].left).toBe(1);

    const laterOrder = await completedOrder(cloud, dealId, 'rush-late');
    expect((await vouchersWhere(cloud, { orderId: laterOrder }))[0].status).toBe('active');
    const perk = await readPerk(cloud, perkId);
    expect(perk.issued).toBe(10);
    expect((await vouchersWhere(cloud, { perkId, status: cloud.db.command.in(['active', 'used', 'expired']) })).length).toBe(perk.issued);
  }, 60_000);

  it('a used voucher stays used when its order is refunded', async () => {
    const voucher = await oneVoucher('used-then-refund');
    await pt(cloud, 'clerk-yoga', { action: 'redeemVoucher', code: voucher.short });
    const issued = (await readPerk(cloud, voucher.perkId)).issued;
    await adminCall(cloud, { action: 'refundOrder', orderId: voucher.orderId, reason: '商品有问题' });
    expect(await readVoucher(voucher._id)).toMatchObject({ status: 'used', usedBy: 'clerk-yoga' });
    expect((await readPerk(cloud, voucher.perkId)).issued).toBe(issued);
  });

  it('never gives one member more than the per-member limit, even from orders completing at once', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 100, perUserLimit: 20 });
    const perkId = await makePerk(cloud, dealId, yoga, { perMember: 2 });
    const orders = await arrivedOrders(cloud, dealId, Array(5).fill('greedy'));
    await Promise.all(orders.map(({ code }) => verifyPickup(cloud, code)));
    await Promise.all([drainOutbox(cloud), ...orders.map(({ orderId }) => issueOrderVouchers(cloud.db, orderId, now()))]);
    const threeUnits = await completedOrder(cloud, dealId, 'greedy', 3);
    const vouchers = await vouchersWhere(cloud, { perkId, openid: 'greedy' });
    expect(vouchers.filter((v) => v.status === 'active')).toHaveLength(2);
    expect(vouchers).toHaveLength(8); // one per order unit: 5 + 3
    expect((await readPerk(cloud, perkId)).issued).toBe(2);
    expect((await vouchersWhere(cloud, { orderId: threeUnits })).map((v) => v.status)).toEqual(['lapsed', 'lapsed', 'lapsed']);

    // 我的卡券 lists the two, with their codes while unused; the counts per tab.
    const mine = await pt(cloud, 'greedy', { action: 'myVouchers' });
    expect(mine.counts).toEqual({ active: 2, used: 0, expired: 0 });
    expect(mine.items).toHaveLength(2);
    expect(mine.items[0]).toMatchObject({ service: '一节瑜伽体验课', dealTitle: '测试能量碗', status: 'active', partner: expect.objectContaining({ name: '山月瑜伽' }) });
    expect(mine.items[0].token).toMatch(/^[0-9a-f]{32}$/);
    expect(mine.items[0].code).toMatch(/^\d{6}$/);
    const one = await pt(cloud, 'greedy', { action: 'getVoucher', voucherId: mine.items[0].voucherId });
    expect(one.voucher).toEqual(mine.items[0]);
    expect((await partnerCall(cloud, 'someone-else', { action: 'getVoucher', voucherId: mine.items[0].voucherId })).error.code).toBe('NOT_FOUND');
  });

  it('issues once: issuing and withdrawing again change nothing', async () => {
    const voucher = await oneVoucher('twice');
    const issued = (await readPerk(cloud, voucher.perkId)).issued;
    await issueOrderVouchers(cloud.db, voucher.orderId, now());
    await issueOrderVouchers(cloud.db, voucher.orderId, now());
    expect(await vouchersWhere(cloud, { orderId: voucher.orderId })).toEqual([voucher]);
    expect((await readPerk(cloud, voucher.perkId)).issued).toBe(issued);

    await cloud.db.collection('orders').doc(voucher.orderId).update({ status: 'refunding' });
    await Promise.all([withdrawOrderVouchers(cloud.db, voucher.orderId, now()), withdrawOrderVouchers(cloud.db, voucher.orderId, now())]);
    await withdrawOrderVouchers(cloud.db, voucher.orderId, now());
    expect((await readVoucher(voucher._id)).status).toBe('withdrawn');
    expect((await readPerk(cloud, voucher.perkId)).issued).toBe(issued - 1);
  });

  it('gives nothing for orders that completed before the perk existed', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 100 });
    const orderId = await completedOrder(cloud, dealId, 'early-bird');
    await makePerk(cloud, dealId, yoga);
    await issueOrderVouchers(cloud.db, orderId, now());
    expect(await vouchersWhere(cloud, { orderId })).toEqual([]);
  });
});

describe('redeeming (核销) at the partner', () => {
  it('30 concurrent redemptions of one voucher: exactly one succeeds, the others VOUCHER_USED', async () => {
    const voucher = await oneVoucher('redeem-30');
    const calls = await Promise.all(
      Array.from({ length: 30 }, (_, i) => partnerCall(cloud, i % 3 ? 'clerk-yoga' : 'demo-admin', { action: 'redeemVoucher', code: i % 2 ? voucher.short : voucher.token })),
    );
    expect(calls.filter((c) => c.ok)).toHaveLength(1);
    expect(calls.filter((c) => !c.ok).map((c) => c.error.code)).toEqual(Array(29).fill('VOUCHER_USED'));
    expect(calls.find((c) => c.ok)!.data.voucher).toMatchObject({ voucherId: voucher._id, status: 'used', partnerName: '山月瑜伽', service: '一节瑜伽体验课' });
    expect(await readVoucher(voucher._id)).toMatchObject({ status: 'used', usedAt: expect.any(Date) });
    expect((await cloud.db.collection('partnerVisits').where({ partnerId: yoga, openid: 'redeem-30' }).count()).total).toBe(1);
    const mine = await pt(cloud, 'redeem-30', { action: 'myVouchers', status: 'used' });
    expect(mine.items.map((v: { voucherId: string; token: string }) => [v.voucherId, v.token])).toEqual([[voucher._id, '']]);
  });

  it('staff of another partner get WRONG_PARTNER and nothing is written; others are FORBIDDEN', async () => {
    const voucher = await oneVoucher('wrong-place');
    const code = await readCode(voucher.token!);
    const before = await countBut(['verifyAttempts']);
    for (const action of ['redeemVoucher', 'lookupCode']) {
      const res = await partnerCall(cloud, 'clerk-cafe', { action, code: voucher.short });
      expect([res.ok, res.error.code, res.error.message]).toEqual([false, 'WRONG_PARTNER', '这张券不属于你的门店']);
    }
    expect(await countBut(['verifyAttempts'])).toBe(before);
    expect(await readVoucher(voucher._id)).toEqual(voucher);
    expect(await readCode(voucher.token!)).toEqual(code);
    expect((await partnerCall(cloud, 'passer-by', { action: 'redeemVoucher', code: voucher.short })).error).toEqual({ code: 'FORBIDDEN', message: '只有合作伙伴的店员可以核销' });
    expect((await readVoucher(voucher._id)).status).toBe('active');

    // Its own staff see what it is for, then redeem it.
    const seen = await pt(cloud, 'clerk-yoga', { action: 'lookupCode', code: voucher.short });
    expect(seen).toEqual({ kind: 'voucher', voucher: expect.objectContaining({ voucherId: voucher._id, status: 'active', partnerName: '山月瑜伽', memberNickname: expect.any(String) }) });
  });

  it('an expired voucher is refused with VOUCHER_EXPIRED', async () => {
    const until = new Date(now().getTime() + 2 * MINUTE).toISOString();
    const voucher = await oneVoucher('late-comer', yoga, { validity: { mode: 'until', until } });
    await advance(3 * MINUTE);
    const res = await partnerCall(cloud, 'clerk-yoga', { action: 'redeemVoucher', code: voucher.short });
    expect([res.ok, res.error.code]).toEqual([false, 'VOUCHER_EXPIRED']);
    expect((await pt(cloud, 'late-comer', { action: 'myVouchers', status: 'expired' })).items.map((v: { status: string }) => v.status)).toEqual(['expired']);
  });

  it('a pickup code is not a voucher', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 10 });
    const [{ code }] = await arrivedOrders(cloud, dealId, ['pickup-shopper']);
    for (const who of ['clerk-yoga', 'demo-admin']) {
      const res = await partnerCall(cloud, who, { action: 'lookupCode', code });
      expect(res.error).toEqual({ code: 'NOT_FOUND', message: '这是自提取货码，请在自提点核销页使用' });
    }
  });
});

describe('staff invitations', () => {
  it('an invitation is a 32-hex token that works once: of two racing, one joins and the other gets INVITE_INVALID', async () => {
    const { invitation } = await adminCall(cloud, { action: 'invitePartnerStaff', partnerId: cafe });
    expect(invitation.token).toMatch(/^[0-9a-f]{32}$/);
    expect(invitation.path).toBe(`partner/pages/join/index?token=${invitation.token}`);
    expect(Date.parse(invitation.expiresAt) - now().getTime()).toBeGreaterThan(71 * HOUR);
    const [a, b] = await Promise.all(['racer-a', 'racer-b'].map((who) => partnerCall(cloud, who, { action: 'acceptInvitation', token: invitation.token })));
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser.error.code).toBe('INVITE_INVALID');
    expect(loser.error.message).toMatch(/邀请已失效/);
    const winner = a.ok ? 'racer-a' : 'racer-b';
    expect((await pt(cloud, winner, { action: 'acceptInvitation', token: invitation.token })).partner.name).toBe('麦田咖啡'); // a repeat answers as before
    const { partner } = await adminCall(cloud, { action: 'getPartner', partnerId: cafe });
    expect(partner.staff.map((s: { openid: string }) => s.openid)).toEqual(['clerk-cafe', winner]);
    expect(partner.invitations.map((i: { token: string }) => i.token)).not.toContain(invitation.token);

    // Removed staff can no longer redeem there, nor come back through the used invitation later.
    await adminCall(cloud, { action: 'removePartnerStaff', partnerId: cafe, openid: winner });
    expect((await pt(cloud, winner, { action: 'myPartners' })).items).toEqual([]);
    expect((await partnerCall(cloud, winner, { action: 'acceptInvitation', token: invitation.token })).error.code).toBe('INVITE_INVALID');
    expect((await partnerCall(cloud, winner, { action: 'lookupCode', code: '123456' })).error.code).toBe('FORBIDDEN');
  });

  it('previewInvitation shows the partner, expiry and status before joining, and writes nothing', async () => {
    const { invitation } = await adminCall(cloud, { action: 'invitePartnerStaff', partnerId: yoga });
    const before = await cloud.countAll(ALL_COLLECTIONS);
    const open = await pt(cloud, 'curious', { action: 'previewInvitation', token: invitation.token });
    expect(open).toMatchObject({ partner: { partnerId: yoga, name: '山月瑜伽' }, expiresAt: invitation.expiresAt, status: 'open' });
    expect((await pt(cloud, 'curious', { action: 'previewInvitation', token: invitation.token.toUpperCase() })).status).toBe('open');
    expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);
    expect((await adminCall(cloud, { action: 'getPartner', partnerId: yoga })).partner.staff.map((s: { openid: string }) => s.openid)).toEqual(['clerk-yoga']);

    await pt(cloud, 'previewed-joiner', { action: 'acceptInvitation', token: invitation.token });
    expect((await pt(cloud, 'curious', { action: 'previewInvitation', token: invitation.token })).status).toBe('used');
    await adminCall(cloud, { action: 'removePartnerStaff', partnerId: yoga, openid: 'previewed-joiner' });
  });

  it('malformed and unknown tokens are INVITE_INVALID and write nothing', async () => {
    await pt(cloud, 'guesser', { action: 'myPartners' }); // the profile exists
    const before = await cloud.countAll(ALL_COLLECTIONS);
    for (const token of ['', 'abc', 'g'.repeat(32), 'a'.repeat(31), '0123456789abcdef0123456789abcdef', `${'a'.repeat(32)}x`]) {
      const res = await partnerCall(cloud, 'guesser', { action: 'acceptInvitation', token });
      expect([token, res.error?.code]).toEqual([token, 'INVITE_INVALID']);
      const preview = await partnerCall(cloud, 'guesser', { action: 'previewInvitation', token });
      expect([token, preview.error?.code]).toEqual([token, 'INVITE_INVALID']);
    }
    expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);
  });
});

describe('the brand’s partner actions', () => {
  it('refuses bad perks with a Chinese message and writes nothing', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 10 });
    const base = { action: 'savePerk', dealId, partnerId: yoga, service: '一杯手冲', terms: '', total: 5, validity: { mode: 'days', days: 7 }, perMember: 1, active: true };
    const before = await cloud.countAll(ALL_COLLECTIONS);
    const cases: [Record<string, unknown>, string][] = [
      [{ total: 0 }, 'INVALID_ARGUMENT'],
      [{ perMember: 6 }, 'INVALID_ARGUMENT'],
      [{ service: '' }, 'INVALID_ARGUMENT'],
      [{ validity: { mode: 'days', days: 0 } }, 'INVALID_ARGUMENT'],
      [{ validity: { mode: 'until', until: new Date(now().getTime() - DAY).toISOString() } }, 'INVALID_ARGUMENT'],
      [{ dealId: 'no-such-deal' }, 'NOT_FOUND'],
      [{ partnerId: 'no-such-partner' }, 'NOT_FOUND'],
      [{ perkId: 'no-such-perk' }, 'NOT_FOUND'],
    ];
    for (const [change, code] of cases) {
      const res = await admin({ ...base, ...change });
      expect([JSON.stringify(change), res.ok, res.error.code]).toEqual([JSON.stringify(change), false, code]);
      expect(res.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const bad = await admin({ action: 'savePartner', name: '', kind: 'yoga', address: 'x', hours: '', logo: '', intro: '', phone: '', active: true });
    expect([bad.error.code, bad.error.message]).toEqual(['INVALID_ARGUMENT', '请求参数有误：「name」请填写合作伙伴名称']);
    expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);

    const first = await admin({ ...base, service: '一杯拿铁' });
    const twice = await admin({ ...base, service: '一杯拿铁' });
    expect([first.ok, twice.error?.code]).toEqual([true, 'CONFLICT']); // a save sent twice makes one perk
    expect((await cloud.db.collection('perks').where({ dealId }).count()).total).toBe(1);
  });

  it('may raise a perk’s total but not lower it below the vouchers issued', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 20 });
    const perkId = await makePerk(cloud, dealId, cafe, { total: 3 });
    await completedOrder(cloud, dealId, 'below-1');
    await completedOrder(cloud, dealId, 'below-2');
    const until = new Date(now().getTime() + 10 * DAY).toISOString();
    const edit = { action: 'savePerk', perkId, dealId, partnerId: cafe, service: '一杯手冲', terms: '', validity: { mode: 'until', until }, perMember: 1, active: true };
    const lower = await admin({ ...edit, total: 1 });
    expect([lower.error.code, lower.error.message]).toEqual(['CONFLICT', '已发放 2 张，总数不能少于已发放的数量']);
    expect((await readPerk(cloud, perkId)).total).toBe(3);
    const res = await admin({ ...edit, total: 2 });
    expect(res.data.perk).toMatchObject({ total: 2, issued: 2, left: 0, service: '一杯手冲', validity: { mode: 'until', until } });
    expect((await readPerk(cloud, perkId)).validity).toEqual({ mode: 'until', until }); // no `days` left behind
    const moved = await admin({ ...edit, total: 2, partnerId: yoga });
    expect(moved.error.code).toBe('INVALID_ARGUMENT');
  });

  it('answers FORBIDDEN to anyone but the brand', async () => {
    for (const data of [
      { action: 'listPartners' },
      { action: 'getPartner', partnerId: yoga },
      { action: 'invitePartnerStaff', partnerId: yoga },
      { action: 'removePartnerStaff', partnerId: yoga, openid: 'clerk-yoga' },
      { action: 'savePerk', dealId: 'x', partnerId: yoga, service: 's', terms: '', total: 1, validity: { mode: 'days', days: 1 }, perMember: 1, active: true },
    ]) {
      expect((await cloud.call('admin', data, 'clerk-yoga')).error.code).toBe('FORBIDDEN');
    }
    const { items } = await adminCall(cloud, { action: 'listPartners' });
    expect(items.map((p: { name: string }) => p.name).sort()).toEqual(['山月瑜伽', '麦田咖啡']);
  });
});

describe('the partner console', () => {
  it('shows figures equal to the records, only to the partner’s staff and the brand', async () => {
    const voucher = await oneVoucher('console-member');
    await pt(cloud, 'clerk-yoga', { action: 'redeemVoucher', code: voucher.short });
    const at = now();
    const ended = { title: '晨间瑜伽', startAt: new Date(at.getTime() - 3 * HOUR), endAt: new Date(at.getTime() - HOUR), place: '山月瑜伽', partnerId: yoga, capacity: 10, gate: null, signupOpensAt: new Date(at.getTime() - DAY), cover: '', description: '', attendGrowth: 10, status: 'published', seated: 3, applied: [], endedAt: at, createdBy: 'demo-admin', createdAt: at, updatedAt: at };
    await cloud.db.collection('events').doc('console-event').set(ended);
    for (const [openid, status] of [['m1', 'attended'], ['m2', 'attended'], ['m3', 'going'], ['m4', 'cancelled']]) {
      await cloud.db.collection('eventSignups').doc(`console-event_${openid}`).set({ eventId: 'console-event', openid, status, round: 0, queuedAt: at, seatOwed: false, token: null, short: null, checkedInAt: status === 'attended' ? at : null, checkedInBy: null, createdAt: at, updatedAt: at });
    }

    const view = await pt(cloud, 'clerk-yoga', { action: 'partnerConsole' });
    const _ = cloud.db.command;
    const count = async (c: string, where: object) => (await cloud.db.collection(c).where(where).count()).total;
    const issued = await count('vouchers', { partnerId: yoga, status: _.in(['active', 'used', 'expired']) });
    const redeemed = await count('vouchers', { partnerId: yoga, status: 'used' });
    expect(view.partner.partnerId).toBe(yoga);
    expect(view.figures).toEqual({
      vouchersIssued: issued,
      vouchersRedeemed: redeemed,
      redemptionRate: redeemed / issued,
      newVisitors: await count('partnerVisits', { partnerId: yoga }),
      newVisitorsThisMonth: await count('partnerVisits', { partnerId: yoga }),
      events: 1,
      signups: 3,
      attendance: 2,
    });
    expect(redeemed).toBeGreaterThanOrEqual(2);
    const recent = view.recent as { kind: string; title: string; at: string }[];
    expect(recent.filter((r) => r.kind === 'ticket').map((r) => r.title)).toEqual(['晨间瑜伽', '晨间瑜伽']);
    expect(recent.filter((r) => r.kind === 'voucher')).toHaveLength(redeemed);
    expect(recent.map((r) => r.at)).toEqual(recent.map((r) => r.at).sort().reverse());
    expect(view.events.map((e: { eventId: string }) => e.eventId)).toEqual(['console-event']);

    expect((await partnerCall(cloud, 'clerk-cafe', { action: 'partnerConsole', partnerId: yoga })).error.code).toBe('FORBIDDEN');
    expect((await partnerCall(cloud, 'passer-by', { action: 'partnerConsole' })).error.code).toBe('FORBIDDEN');
    expect((await pt(cloud, 'demo-admin', { action: 'partnerConsole', partnerId: yoga })).figures).toEqual(view.figures);
  });
});

describe('the partner timer', () => {
  it('finishes a voucher and an order a dead call left half-done', async () => {
    const dealId = await makeDeal(cloud, { stockInitial: 20 });
    const perkId = await makePerk(cloud, dealId, cafe, { service: '一杯手冲' });
    const [a, b] = await arrivedOrders(cloud, dealId, ['crash-a', 'crash-b']);
    // a: completed, but the call died before any voucher; b: died after writing its voucher, pending.
    for (const { orderId } of [a, b]) await cloud.db.collection('orders').doc(orderId).update({ status: 'completed', completedAt: now() });
    const pendingId = `${b.orderId}_${perkId}_0`;
    await cloud.db.collection('vouchers').add({ _id: pendingId, perkId, partnerId: cafe, dealId, orderId: b.orderId, openid: 'crash-b', status: 'pending', slot: null, token: null, short: null, issuedAt: null, expiresAt: null, usedAt: null, usedBy: null, remindedAt: null, createdAt: now(), updatedAt: now() });
    await cloud.db.collection('orders').doc(b.orderId).update({ perksDone: true });

    await advance(3 * MINUTE);
    const tick = await runTimer(cloud, 'partnerTick');
    expect(tick.ok).toBe(true);
    expect((await vouchersWhere(cloud, { perkId })).map((v) => [v.openid, v.status]).sort()).toEqual([['crash-a', 'active'], ['crash-b', 'active']]);
    expect((await readPerk(cloud, perkId)).issued).toBe(2);
    expect((await readVoucher(pendingId)).token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('finishes a redemption whose call died after the code was used: the voucher says used, the visit is recorded', async () => {
    const voucher = await oneVoucher('half-redeemed', cafe);
    // redeemCode's conditional update happened; the call died before the voucher followed.
    await cloud.db.collection('verifyCodes').doc(voucher.token!).update({ status: 'used', usedAt: now(), usedBy: 'clerk-cafe' });
    expect((await readVoucher(voucher._id)).status).toBe('active');

    await advance(3 * MINUTE);
    expect((await runTimer(cloud, 'partnerTick')).data.redemptionsSynced).toBe(1);
    expect(await readVoucher(voucher._id)).toMatchObject({ status: 'used', usedBy: 'clerk-cafe' });
    expect((await cloud.db.collection('partnerVisits').doc(`${cafe}_half-redeemed`).get()).data).toHaveLength(1);
    expect((await runTimer(cloud, 'partnerTick')).data.redemptionsSynced).toBe(0);
  });

  it('reminds once before a voucher expires, then marks it expired', async () => {
    outbox.reset();
    const voucher = await oneVoucher('forgetful', cafe, { validity: { mode: 'days', days: 5 } });
    await runTimer(cloud, 'partnerTick');
    const reminded = () => outbox.sent.filter((n) => n.openid === 'forgetful' && n.kind === 'voucher_expiring');
    expect(reminded()).toEqual([]);

    await advance(3 * DAY);
    await runTimer(cloud, 'partnerTick');
    await runTimer(cloud, 'partnerTick');
    expect(reminded()).toEqual([expect.objectContaining({ kind: 'voucher_expiring', title: '一节瑜伽体验课', place: '麦田咖啡', page: `member/pages/voucher/index?id=${voucher._id}` })]);

    await advance(4 * DAY);
    await runTimer(cloud, 'partnerTick');
    expect((await readVoucher(voucher._id)).status).toBe('expired');
    expect((await partnerCall(cloud, 'clerk-cafe', { action: 'redeemVoucher', code: voucher.short })).error.code).toBe('VOUCHER_EXPIRED');
    expect((await pt(cloud, 'forgetful', { action: 'myVouchers' })).counts).toEqual({ active: 0, used: 0, expired: 1 });
  });

  it('an invitation stops working after 72 hours', async () => {
    const { invitation } = await adminCall(cloud, { action: 'invitePartnerStaff', partnerId: yoga });
    await advance(72 * HOUR + MINUTE);
    expect(await pt(cloud, 'too-late', { action: 'previewInvitation', token: invitation.token })).toMatchObject({ partner: { name: '山月瑜伽' }, status: 'expired' });
    const res = await partnerCall(cloud, 'too-late', { action: 'acceptInvitation', token: invitation.token });
    expect(res.error.code).toBe('INVITE_INVALID');
    expect((await adminCall(cloud, { action: 'getPartner', partnerId: yoga })).partner.staff.map((s: { openid: string }) => s.openid)).toEqual(['clerk-yoga']);
  });
});
