import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { gb, makeDeal, pay } from '../helpers/groupbuy';
import { adminCall } from '../helpers/distribution';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { shanghaiParts } from '../../cloudfunctions/shared/domain/calendar';
import { grant } from '../../cloudfunctions/shared/grants';
import { DEFAULT_MEMBER_CONFIG } from '../../cloudfunctions/shared/domain/growth';

const MINUTE = 60_000;
const DAY = 86_400_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const member = async (openid: string, data: Record<string, unknown>) => cloud.call('member', data, openid);
const me = async (openid: string) => (await member(openid, { action: 'me' })).data;

/** Moves the clock forward to the next given Shanghai wall-clock time. */
function advanceToShanghai(hour: number, minute: number) {
  const p = shanghaiParts(now());
  let delta = ((hour - p.hour) * 60 + (minute - p.minute)) * MINUTE - (now().getTime() % MINUTE);
  if (delta <= 0) delta += DAY;
  cloud.clock.advance(delta);
}

describe('daily check-in', () => {
  it('counts Asia/Shanghai days: 23:59 and 00:01 are two days and a streak of 2', async () => {
    advanceToShanghai(23, 59);
    const first = await member('ci-a', { action: 'checkIn' });
    expect(first).toMatchObject({ ok: true, data: { streak: 1, pointsGranted: 5, growthGranted: 2 } });
    expect(await member('ci-a', { action: 'checkIn' })).toMatchObject({ ok: false, error: { code: 'ALREADY_CHECKED_IN' } });
    cloud.clock.advance(2 * MINUTE);
    const second = await member('ci-a', { action: 'checkIn' });
    expect(second.data.streak).toBe(2);
    expect(second.data.day).not.toBe(first.data.day);
    expect(await me('ci-a')).toMatchObject({ points: 10, growth: 4, checkedInToday: true, streak: 2 });
  });

  it('restarts the streak after a missed day, and cycles the 7-day table', async () => {
    advanceToShanghai(9, 0);
    for (let day = 1; day <= 8; day++) {
      const res = await member('ci-b', { action: 'checkIn' });
      expect(res.data.streak).toBe(day);
      cloud.clock.advance(DAY);
    }
    const calendar = await member('ci-b', { action: 'calendar' });
    expect(calendar.data.rewards).toHaveLength(7);
    const history = (await member('ci-b', { action: 'history' })).data.items;
    expect(history[0]).toMatchObject({ points: 5, reason: expect.stringContaining('连续第 8 天') });
    expect(history[1]).toMatchObject({ points: 30, reason: expect.stringContaining('连续第 7 天') });
    cloud.clock.advance(DAY); // a day missed
    expect((await member('ci-b', { action: 'checkIn' })).data.streak).toBe(1);
  });

  it('uses a changed reward table from the next check-in on', async () => {
    await adminCall(cloud, { action: 'saveMemberSettings', officerThreshold: 100, checkinRewards: [{ growth: 1, points: 50 }, { growth: 1, points: 70 }] });
    advanceToShanghai(10, 0);
    expect((await member('ci-c', { action: 'checkIn' })).data.pointsGranted).toBe(50);
    cloud.clock.advance(DAY);
    expect((await member('ci-c', { action: 'checkIn' })).data.pointsGranted).toBe(70);
    cloud.clock.advance(DAY);
    expect((await member('ci-c', { action: 'checkIn' })).data.pointsGranted).toBe(50);
    await adminCall(cloud, { action: 'saveMemberSettings', officerThreshold: 100, checkinRewards: DEFAULT_MEMBER_CONFIG.checkinRewards });
  });

  it('checks in once however many taps arrive at once: 20 → one check-in, one grant', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => member('ci-burst', { action: 'checkIn' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => r.error.code === 'ALREADY_CHECKED_IN')).toBe(true);
    expect((await cloud.db.collection('grants').where({ openid: 'ci-burst' }).count()).total).toBe(1);
    expect((await cloud.db.collection('grants').where({ openid: 'ci-burst', kind: 'checkin' }).count()).total).toBe(1);
    expect((await me('ci-burst')).points).toBe(5);
  });
});

describe('tiers', () => {
  it('promotes to 体验官 once when two grants cross the threshold at once, and records why', async () => {
    await me('promo');
    await cloud.db.collection('users').doc('promo').update({ growth: 95 });
    const reward = { growth: 10, points: 0 };
    await Promise.all([
      grant(cloud.db, 'promo', 'test:a', reward, '测试', DEFAULT_MEMBER_CONFIG, now()),
      grant(cloud.db, 'promo', 'test:b', reward, '测试', DEFAULT_MEMBER_CONFIG, now()),
    ]);
    expect(await me('promo')).toMatchObject({ tier: 'officer', growth: 115, nextTier: 'cocreator' });
    const changes = (await cloud.db.collection('tierChanges').where({ openid: 'promo' }).get()).data;
    expect(changes).toEqual([expect.objectContaining({ from: 'explorer', to: 'officer', reason: expect.stringContaining('100') })]);
  });

  it('an effective order grants growth and points; its refund takes them back', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: 2990 });
    const started = await gb(cloud, 'ord-a', { action: 'startGroup', dealId });
    await pay(cloud, started.orderId);
    const joined = await gb(cloud, 'ord-b', { action: 'joinGroup', groupId: started.groupId });
    await pay(cloud, joined.orderId);
    expect(await me('ord-a')).toMatchObject({ growth: 20, points: 29 });
    await adminCall(cloud, { action: 'refundOrder', orderId: started.orderId, reason: '售后退款' });
    expect(await me('ord-a')).toMatchObject({ growth: 0, points: 0 });
    const history = (await member('ord-a', { action: 'history' })).data.items;
    expect(history.map((h: { growth: number }) => h.growth)).toEqual([-20, 20]);
  });
});

describe('成长记录', () => {
  /** Every row of the caller's history, page after page to the end. */
  async function wholeHistory(openid: string) {
    const rows: { reason: string; growth: number; points: number }[] = [];
    let cursor: string | undefined;
    do {
      const page = (await member(openid, { action: 'history', ...(cursor ? { cursor } : {}) })).data;
      rows.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return rows;
  }
  const sum = (rows: { growth: number; points: number }[]) => rows.reduce((t, r) => ({ growth: t.growth + r.growth, points: t.points + r.points }), { growth: 0, points: 0 });

  it('pages to the end, and its rows add up to the totals shown on 我的', async () => {
    advanceToShanghai(8, 0);
    for (let day = 0; day < 23; day++) {
      await member('hist-a', { action: 'checkIn' });
      cloud.clock.advance(DAY);
    }
    const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: 1990 });
    const started = await gb(cloud, 'hist-a', { action: 'startGroup', dealId });
    await pay(cloud, started.orderId);
    await pay(cloud, (await gb(cloud, 'hist-b', { action: 'joinGroup', groupId: started.groupId })).orderId);
    const rows = await wholeHistory('hist-a');
    expect(rows).toHaveLength(24);
    const totals = await me('hist-a');
    expect(sum(rows)).toEqual({ growth: totals.growth, points: totals.points });
  });

  it('says what each order was for: a group order 拼团成功, a solo purchase 单独购买 (older rows too)', async () => {
    const dealId = await makeDeal(cloud, { groupSize: 2, groupPriceFen: 1990, soloPriceFen: 2990, title: '燕麦坚果脆' });
    const solo = await gb(cloud, 'hist-solo', { action: 'buySolo', dealId });
    await pay(cloud, solo.orderId);
    const [row] = (await member('hist-solo', { action: 'history' })).data.items;
    expect(row).toMatchObject({ reason: '单独购买：燕麦坚果脆', growth: 20, points: 29 });
    expect((await cloud.db.collection('grants').doc(`order:${solo.orderId}`).get()).data[0].reason).toBe('单独购买：燕麦坚果脆');

    // A grant written before the fix said 拼团成功 for every order: the history reads the order's kind.
    await cloud.db.collection('grants').doc(`order:${solo.orderId}`).update({ reason: '拼团成功：燕麦坚果脆' });
    expect((await member('hist-solo', { action: 'history' })).data.items[0].reason).toBe('单独购买：燕麦坚果脆');

    const started = await gb(cloud, 'hist-group', { action: 'startGroup', dealId });
    await pay(cloud, started.orderId);
    await pay(cloud, (await gb(cloud, 'hist-c', { action: 'joinGroup', groupId: started.groupId })).orderId);
    expect((await member('hist-group', { action: 'history' })).data.items[0].reason).toBe('拼团成功：燕麦坚果脆');
  });
});

describe('becoming 共创官', () => {
  it('needs 体验官, cannot be filed twice while pending, and is approved with a code or revoked', async () => {
    const application = { action: 'applyCoCreator', statement: '我做了五年的轻食博主，想和品牌一起研发新品', expertise: ['轻食', '摄影'], agreeCharter: true };
    expect(await member('cc-explorer', application)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await me('cc-officer');
    await cloud.db.collection('users').doc('cc-officer').update({ tier: 'officer', growth: 150 });
    expect(await member('cc-officer', { ...application, agreeCharter: false })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await member('cc-officer', application)).toMatchObject({ ok: true, data: { status: 'pending' } });
    expect(await member('cc-officer', application)).toMatchObject({ ok: false, error: { code: 'ALREADY_JOINED' } });

    const queue = await adminCall(cloud, { action: 'coCreatorApplications', status: 'pending' });
    expect(queue.items.map((a: { openid: string }) => a.openid)).toContain('cc-officer');
    await adminCall(cloud, { action: 'reviewCoCreatorApplication', openid: 'cc-officer', approve: true, note: '欢迎加入共创' });
    const promoted = await me('cc-officer');
    expect(promoted).toMatchObject({ tier: 'cocreator', isDistributor: true, distributorCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{8}$/) });
    expect((await cloud.call('distribution', { action: 'myCode' }, 'cc-officer')).data.code).toBe(promoted.distributorCode);

    await adminCall(cloud, { action: 'revokeCoCreator', openid: 'cc-officer', reason: '违反共创者公约' });
    expect(await me('cc-officer')).toMatchObject({ tier: 'officer', isDistributor: false });
    const changes = (await cloud.db.collection('tierChanges').where({ openid: 'cc-officer' }).get()).data.map((c: { to: string; reason: string }) => [c.to, c.reason]);
    expect(changes).toEqual(expect.arrayContaining([['cocreator', '欢迎加入共创'], ['officer', '违反共创者公约']]));
    expect(await cloud.call('admin', { action: 'coCreatorApplications' }, 'cc-officer')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
