import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertPointsInvariants, docsWhere, givePoints as givePointsIn, saveCouponReward } from '../helpers/points';
import { makeDeal } from '../helpers/groupbuy';
import { adminCall } from '../helpers/distribution';
import { makePartner, makePerk, vouchersWhere } from '../helpers/partner';
import { grant } from '../../cloudfunctions/shared/grants';
import { applyOnce } from '../../cloudfunctions/shared/runtime/journal';
import { DEFAULT_MEMBER_CONFIG } from '../../cloudfunctions/shared/domain/growth';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { redemptionIdOf } from '../../cloudfunctions/member/actions/rewards';
import { redeemGrantKey } from '../../cloudfunctions/member/flows/redemption-state';
import { couponTerms } from '../../cloudfunctions/member/flows/coupons';

// 积分兑换 without a transaction: what a call that dies between its writes leaves, and who finishes it, exactly once.
// The writes, in order: a unit of the reward (journal key redeem:<redemption>:<nonce>), the grant entry, the points
// (the member's journal), and (left to the member's next coupon list, or a repeat) the coupon.

const MINUTE = 60_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const member = (openid: string, data: Record<string, unknown>) => cloud.call('member', data, openid);
const givePoints = (openid: string, points: number) => givePointsIn(cloud, openid, points);
const makeReward = (draft: Record<string, unknown> = {}) => saveCouponReward(cloud, { total: 10, perMember: 3, ...draft });
const docs = (collection: string, where: Record<string, unknown>) => docsWhere(cloud, collection, where);
const one = async (collection: string, id: string) => (await cloud.db.collection(collection).doc(id).get()).data[0];

/** Points are what the grants say; a reward's units out are its live redemptions (never more: never oversold). */
async function assertInvariants(openids: string[], rewardId: string) {
  for (const openid of openids) await assertPointsInvariants(cloud, openid);
  const entries = await docs('grants', { kind: 'redeem', rewardId });
  const reversed = new Set((await docs('grants', {})).map((g: { _id: string }) => g._id));
  const live = entries.filter((e: { reversalId: string }) => !reversed.has(e.reversalId));
  expect((await one('rewards', rewardId)).redeemed).toBe(live.length);
}

/** What a call that died right after taking its unit left: the unit, named by no grant. */
const deadUnit = (rewardId: string, redemptionId: string) => applyOnce(cloud.db, 'rewards', rewardId, `redeem:${redemptionId}:dead`, { redeemed: 1 }, now());

describe('积分兑换 after a crash', () => {
  it('a unit taken by a call that died before spending goes back when the journal is settled; its retry redeems once', async () => {
    const r = await makeReward();
    await givePoints('crash-unit', 300);
    const dead = redemptionIdOf('crash-unit', 'tap-1');
    await deadUnit(r.rewardId, dead);
    expect((await one('rewards', r.rewardId)).redeemed).toBe(1); // held, for nobody: the catalogue shows one fewer for now
    const retry = await member('crash-unit', { action: 'redeemReward', rewardId: r.rewardId, requestId: 'tap-1' });
    expect(retry.ok).toBe(true);
    expect((await one('rewards', r.rewardId)).redeemed).toBe(2);
    // An hour on, the next redemption settles the journal: the dead call's unit goes back, once.
    cloud.clock.advance(61 * MINUTE);
    expect((await member('crash-unit', { action: 'redeemReward', rewardId: r.rewardId, requestId: 'tap-2' })).ok).toBe(true);
    expect((await one('rewards', r.rewardId)).redeemed).toBe(2);
    // Given back under return:<unit>, and the old key pruned.
    expect((await one('rewards', r.rewardId)).applied.map((a: { key: string }) => a.key).filter((k: string) => k.endsWith(':dead'))).toEqual([`return:redeem:${dead}:dead`]);
    expect((await one('users', 'crash-unit')).points).toBe(100);
    await assertInvariants(['crash-unit'], r.rewardId);
  });

  it('a grant written by a call that died before its points moved gives no coupon until a retry moves them, once', async () => {
    const r = await makeReward();
    await givePoints('crash-grant', 150);
    const reward = await one('rewards', r.rewardId);
    const redemption = redemptionIdOf('crash-grant', 'tap-1');
    const unit = `redeem:${redemption}:dead`;
    await applyOnce(cloud.db, 'rewards', r.rewardId, unit, { redeemed: 1 }, now());
    const key = redeemGrantKey(r.rewardId, 'crash-grant', 0);
    await cloud.db.collection('grants').add({
      _id: key, openid: 'crash-grant', growth: 0, points: -100, reason: '积分兑换：满39减5', createdAt: now(),
      kind: 'redeem', rewardId: r.rewardId, redemption, slot: 0, unit, reversalId: `reversal:${key}`, coupon: couponTerms(reward, now()), perkId: null, voucherId: null,
      posted: { collection: 'users', id: 'crash-grant', incs: { growth: 0, points: -100 }, floor: ['points'] },
    });
    // The member's coupon list does not write a coupon whose points never moved.
    expect((await member('crash-grant', { action: 'myCoupons' })).data.items).toHaveLength(0);
    expect((await one('users', 'crash-grant')).points).toBe(150);
    // The retry moves them, and answers the coupon; a second retry changes nothing.
    const retries = await Promise.all([1, 2, 3].map(() => member('crash-grant', { action: 'redeemReward', rewardId: r.rewardId, requestId: 'tap-1' })));
    for (const res of retries) expect(res).toMatchObject({ ok: true, data: { coupon: { couponId: redemption } } });
    expect((await member('crash-grant', { action: 'redeemReward', rewardId: r.rewardId, requestId: 'tap-1' })).data.coupon.couponId).toBe(redemption);
    expect((await one('users', 'crash-grant')).points).toBe(50);
    expect(await docs('coupons', { openid: 'crash-grant' })).toHaveLength(1);
    await assertInvariants(['crash-grant'], r.rewardId);
  });

  it('the coupon a redemption owes is written once, however many coupon lists race for it, and repeats answer the same coupon', async () => {
    const r = await makeReward();
    await givePoints('owed', 100);
    const res = await member('owed', { action: 'redeemReward', rewardId: r.rewardId, requestId: 'tap-1' });
    expect(res.data).toMatchObject({ points: 0, coupon: { status: 'active', amountFen: 500 } });
    expect(await docs('coupons', { openid: 'owed' })).toHaveLength(0); // not yet written: the redemption's grant holds it
    const lists = await Promise.all(Array.from({ length: 6 }, () => member('owed', { action: 'myCoupons', status: 'active' })));
    for (const list of lists) expect(list.data.items.map((c: { couponId: string }) => c.couponId)).toEqual([res.data.coupon.couponId]);
    expect(await docs('coupons', { openid: 'owed' })).toEqual([expect.objectContaining({ _id: res.data.coupon.couponId, expiresAt: new Date(res.data.coupon.expiresAt) })]);
    expect((await member('owed', { action: 'redeemReward', rewardId: r.rewardId, requestId: 'tap-1' })).data).toEqual(res.data);
    await assertInvariants(['owed'], r.rewardId);
  });

  it('a perk redemption whose call died before its voucher gets it on the member’s next visit, once', async () => {
    const yoga = await makePartner(cloud, '山月瑜伽', ['clerk-crash']);
    const dealId = await makeDeal(cloud, { stockInitial: 100, perUserLimit: 10 });
    const perkId = await makePerk(cloud, dealId, yoga, { perMember: 5 });
    const { reward } = await adminCall(cloud, {
      action: 'saveReward', title: '体验课', kind: 'perk', perkId, pointsCost: 600, amountFen: 0, minSpendFen: 0, dealId: null, total: 5, perMember: 2, validDays: 30, active: true,
    });
    await givePoints('crash-perk', 700);
    // The call took its unit and spent the points, then died.
    const redemption = redemptionIdOf('crash-perk', 'tap-1');
    const unit = `redeem:${redemption}:dead`;
    await applyOnce(cloud.db, 'rewards', reward.rewardId, unit, { redeemed: 1 }, now());
    const key = redeemGrantKey(reward.rewardId, 'crash-perk', 0);
    const entry = { kind: 'redeem', rewardId: reward.rewardId, redemption, slot: 0, unit, reversalId: `reversal:${key}`, coupon: null, perkId, voucherId: `${redemption}_${perkId}_0` };
    await grant(cloud.db, 'crash-perk', key, { growth: 0, points: -600 }, '积分兑换：体验课', DEFAULT_MEMBER_CONFIG, now(), { entry });
    // Young, it may still be issuing: a visit leaves it; past the grace, the visit issues it.
    await member('crash-perk', { action: 'rewardCatalogue' });
    expect(await vouchersWhere(cloud, { openid: 'crash-perk' })).toHaveLength(0);
    cloud.clock.advance(3 * MINUTE);
    await Promise.all([member('crash-perk', { action: 'rewardCatalogue' }), member('crash-perk', { action: 'myCoupons' })]);
    expect(await vouchersWhere(cloud, { openid: 'crash-perk' })).toEqual([expect.objectContaining({ _id: `${redemption}_${perkId}_0`, status: 'active' })]);
    const retry = await member('crash-perk', { action: 'redeemReward', rewardId: reward.rewardId, requestId: 'tap-1' });
    expect(retry.data).toMatchObject({ coupon: null, voucherId: `${redemption}_${perkId}_0`, points: 100 });
    expect((await one('perks', perkId)).issued).toBe(1);
    await assertInvariants(['crash-perk'], reward.rewardId);
  });
});

describe('积分兑换 under concurrency, without transactions', () => {
  it('one request sent by 6 taps at once takes one unit, one place and the points once', async () => {
    const r = await makeReward({ perMember: 1 });
    await givePoints('taps', 250);
    const results = await Promise.all(Array.from({ length: 6 }, () => member('taps', { action: 'redeemReward', rewardId: r.rewardId, requestId: 'tap-1' })));
    const ids = new Set(results.filter((x) => x.ok).map((x) => x.data.coupon.couponId));
    expect(ids.size).toBe(1);
    for (const failed of results.filter((x) => !x.ok)) expect(failed.error.code).toBe('CONFLICT');
    expect((await one('users', 'taps')).points).toBe(150);
    expect(await docs('grants', { openid: 'taps', kind: 'redeem' })).toHaveLength(1);
    await assertInvariants(['taps'], r.rewardId);
    // On the last unit too: the taps of one request all answer its coupon (or CONFLICT), never REWARD_EXHAUSTED.
    const last = await makeReward({ total: 1 });
    await givePoints('taps-last', 100);
    const onLast = await Promise.all(Array.from({ length: 6 }, () => member('taps-last', { action: 'redeemReward', rewardId: last.rewardId, requestId: 'tap-1' })));
    expect(new Set(onLast.filter((x) => x.ok).map((x) => x.data.coupon.couponId)).size).toBe(1);
    for (const failed of onLast.filter((x) => !x.ok)) expect(failed.error.code).toBe('CONFLICT');
    expect((await one('rewards', last.rewardId)).redeemed).toBe(1);
    await assertInvariants(['taps-last'], last.rewardId);
  }, 60_000);

  it('points spent on two rewards at once never overdraw: the refused one gives its unit back', async () => {
    const a = await makeReward();
    const b = await makeReward({ title: '满59减8' });
    await givePoints('two-rewards', 150);
    const results = await Promise.all([a, b, a, b].map((r, i) => member('two-rewards', { action: 'redeemReward', rewardId: r.rewardId, requestId: `tap-${i}` })));
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    for (const failed of results.filter((x) => !x.ok)) expect(['INSUFFICIENT_POINTS', 'CONFLICT']).toContain(failed.error.code);
    expect((await one('users', 'two-rewards')).points).toBe(50);
    expect((await one('rewards', a.rewardId)).redeemed + (await one('rewards', b.rewardId)).redeemed).toBe(1);
    await assertInvariants(['two-rewards'], a.rewardId);
    await assertInvariants(['two-rewards'], b.rewardId);
  }, 60_000);

  it('a refused redemption after the stock ran out mid-way keeps nothing: no grant, no unit, no coupon', async () => {
    const r = await makeReward({ total: 2, perMember: 1 });
    const members = Array.from({ length: 8 }, (_, i) => `last-${i}`);
    for (const m of members) await givePoints(m, 100);
    const results = await Promise.all(members.map((m) => member(m, { action: 'redeemReward', rewardId: r.rewardId })));
    expect(results.filter((x) => x.ok)).toHaveLength(2);
    for (const failed of results.filter((x) => !x.ok)) expect(failed.error.code).toBe('REWARD_EXHAUSTED');
    await Promise.all(members.map((m) => member(m, { action: 'myCoupons' })));
    expect(await docs('coupons', { rewardId: r.rewardId })).toHaveLength(2);
    expect(await docs('grants', { kind: 'redeem', rewardId: r.rewardId })).toHaveLength(2);
    expect((await Promise.all(members.map((m) => one('users', m)))).map((u) => u.points).sort()).toEqual([0, 0, 100, 100, 100, 100, 100, 100]);
    await assertInvariants(members, r.rewardId);
  }, 60_000);
});
