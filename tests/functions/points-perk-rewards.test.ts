import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertPointsInvariants, givePoints as givePointsIn } from '../helpers/points';
import { makeDeal, runTimer } from '../helpers/groupbuy';
import { adminCall } from '../helpers/distribution';
import { completedOrder, makePartner, makePerk, partnerCall, pt, readPerk, vouchersWhere } from '../helpers/partner';
import { issueDueRedemptionVouchers } from '../../cloudfunctions/member/flows/redeem-vouchers';
import { now } from '../../cloudfunctions/shared/runtime/clock';

// 积分兑换 of a partner perk: the points go as for a coupon, and one voucher comes through the partner's
// issuing, by the outbox (drainOutbox) after the call answered; a perk refusing then gives everything back.

let cloud: TestCloud;
let yoga: string;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  yoga = await makePartner(cloud, '山月瑜伽', ['clerk-yoga']);
});
afterAll(() => cloud.stop());

const member = (openid: string, data: Record<string, unknown>) => cloud.call('member', data, openid);
const givePoints = (openid: string, points: number) => givePointsIn(cloud, openid, points);
const docs = async (collection: string, where: Record<string, unknown>) => (await cloud.db.collection(collection).where(where).limit(1000).get()).data;
const user = async (openid: string) => (await cloud.db.collection('users').doc(openid).get()).data[0];
const readReward = async (id: string) => (await cloud.db.collection('rewards').doc(id).get()).data[0];
const drain = () => runTimer(cloud, 'drainOutbox');

async function perkReward(perk: Record<string, unknown> = {}, draft: Record<string, unknown> = {}) {
  const dealId = await makeDeal(cloud, { stockInitial: 100, perUserLimit: 10 });
  const perkId = await makePerk(cloud, dealId, yoga, perk);
  const { reward } = await adminCall(cloud, {
    action: 'saveReward', title: '山月瑜伽 体验课', kind: 'perk', perkId, pointsCost: 600, amountFen: 0, minSpendFen: 0, dealId: null, total: 50, perMember: 5, validDays: 30, active: true, ...draft,
  });
  return { reward, perkId, dealId };
}

describe('积分兑换 of a partner perk', () => {
  it('gives one active voucher at the partner, in 我的卡券, redeemable by its staff; the catalogue says whose perk', async () => {
    const { reward, perkId } = await perkReward();
    expect(reward).toMatchObject({ kind: 'perk', perkId, perkTitle: '山月瑜伽 一节瑜伽体验课', amountFen: 0 });
    await givePoints('perk-a', 700);
    const card = (await member('perk-a', { action: 'rewardCatalogue' })).data.items.find((r: { rewardId: string }) => r.rewardId === reward.rewardId);
    expect(card).toMatchObject({ kind: 'perk', perkTitle: '山月瑜伽 一节瑜伽体验课', blockedReason: null });

    const res = await member('perk-a', { action: 'redeemReward', rewardId: reward.rewardId, requestId: 'tap-1' });
    expect(res.ok).toBe(true);
    expect(res.data).toMatchObject({ coupon: null, voucherId: expect.any(String), points: 100 });
    const again = await member('perk-a', { action: 'redeemReward', rewardId: reward.rewardId, requestId: 'tap-1' });
    expect(again.data).toMatchObject({ voucherId: res.data.voucherId, points: 100 });
    // Not issued yet: the redemption answered the voucher to come; 我的卡券 lists it once the outbox issued it.
    expect(await vouchersWhere(cloud, { openid: 'perk-a' })).toHaveLength(0);
    expect(await pt(cloud, 'perk-a', { action: 'myVouchers', status: 'active' })).toMatchObject({ items: [], issuing: 1 });
    expect((await partnerCall(cloud, 'perk-a', { action: 'getVoucher', voucherId: res.data.voucherId })).error.code).toBe('NOT_FOUND');
    await drain();

    const vouchers = await vouchersWhere(cloud, { openid: 'perk-a' });
    expect(vouchers).toEqual([expect.objectContaining({ _id: res.data.voucherId, status: 'active', perkId, partnerId: yoga })]);
    expect(await docs('coupons', { openid: 'perk-a' })).toHaveLength(0);
    expect((await readPerk(cloud, perkId)).issued).toBe(1);
    expect((await readReward(reward.rewardId)).redeemed).toBe(1);
    const mine = await pt(cloud, 'perk-a', { action: 'myVouchers', status: 'active' });
    expect(mine.issuing).toBe(0);
    expect(mine.items.map((v: { voucherId: string }) => v.voucherId)).toEqual([res.data.voucherId]);

    const used = await partnerCall(cloud, 'clerk-yoga', { action: 'redeemVoucher', code: vouchers[0].short });
    expect(used.ok).toBe(true);
    expect(used.data.voucher).toMatchObject({ voucherId: res.data.voucherId, status: 'used', partnerName: '山月瑜伽', service: '一节瑜伽体验课' });
    await assertPointsInvariants(cloud, 'perk-a');
  });

  it('10 concurrent redemptions with points for one give exactly one voucher', async () => {
    const { reward } = await perkReward({ perMember: 5 });
    await givePoints('perk-rush', 900);
    const results = await Promise.all(Array.from({ length: 10 }, () => member('perk-rush', { action: 'redeemReward', rewardId: reward.rewardId })));
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    for (const failed of results.filter((x) => !x.ok)) expect(['INSUFFICIENT_POINTS', 'CONFLICT']).toContain(failed.error.code);
    await Promise.all([drain(), drain()]);
    expect(await vouchersWhere(cloud, { openid: 'perk-rush' })).toEqual([expect.objectContaining({ _id: results.find((x) => x.ok)!.data.voucherId, status: 'active' })]);
    expect(await docs('grants', { openid: 'perk-rush', kind: 'redeem' })).toEqual([expect.not.objectContaining({ voucherDue: true })]);
    expect((await user('perk-rush')).points).toBe(300);
    expect((await readReward(reward.rewardId)).redeemed).toBe(1);
    await assertPointsInvariants(cloud, 'perk-rush');
  }, 60_000);

  it('the perk refusing (its per-member limit reached) gives the points and the reward unit back, and no voucher', async () => {
    const { reward, perkId, dealId } = await perkReward({ perMember: 1 });
    await completedOrder(cloud, dealId, 'perk-held'); // the member's one voucher of this perk, from an order
    await runTimer(cloud, 'drainOutbox'); // (issued by the outbox when the completion left it due)
    await givePoints('perk-held', 600);
    const before = (await user('perk-held')).points; // 600 and what the order earned
    // The perk's per-member limit is the partner's, checked when the voucher is issued: the redemption goes through,
    // and the outbox, refused, gives the points and the unit back.
    const res = await member('perk-held', { action: 'redeemReward', rewardId: reward.rewardId, requestId: 'held-1' });
    expect(res.ok).toBe(true);
    expect((await user('perk-held')).points).toBe(before - 600);
    await drain();
    expect((await user('perk-held')).points).toBe(before);
    const repeat = await member('perk-held', { action: 'redeemReward', rewardId: reward.rewardId, requestId: 'held-1' });
    expect(repeat.error.code).toBe('REWARD_EXHAUSTED');
    await assertPointsInvariants(cloud, 'perk-held');
    expect((await readReward(reward.rewardId)).redeemed).toBe(0);
    expect(await vouchersWhere(cloud, { openid: 'perk-held', status: 'active' })).toHaveLength(1); // the order's
    expect((await readPerk(cloud, perkId)).issued).toBe(1);
    // The redemption is its grant, reversed; its voucher lapsed.
    const [redemption] = await docs('grants', { openid: 'perk-held', kind: 'redeem' });
    expect((await cloud.db.collection('grants').doc(redemption.reversalId).get()).data).toHaveLength(1);
    expect(await vouchersWhere(cloud, { orderId: redemption.redemption })).toEqual([expect.objectContaining({ status: 'lapsed' })]);
  });

  it('a perk with one voucher left and 6 members redeeming at once: one voucher, the others keep their points', async () => {
    const { reward, perkId } = await perkReward({ total: 1 });
    const members = Array.from({ length: 6 }, (_, i) => `perk-last-${i}`);
    for (const m of members) await givePoints(m, 600);
    const results = await Promise.all(members.map((m) => member(m, { action: 'redeemReward', rewardId: reward.rewardId })));
    // Read before any voucher went: every redemption goes through; the outbox issues the one voucher and gives the rest back.
    expect(results.filter((x) => x.ok)).toHaveLength(6);
    await drain();
    expect(await docs('vouchers', { perkId, status: 'active' })).toHaveLength(1);
    expect((await readPerk(cloud, perkId)).issued).toBe(1);
    expect((await readReward(reward.rewardId)).redeemed).toBe(1);
    const reversals = await Promise.all(members.map(async (m) => (await docs('grants', { openid: m })).filter((g) => String(g._id).startsWith('reversal:'))));
    expect(reversals.flat()).toHaveLength(5);
    for (const m of members) await assertPointsInvariants(cloud, m);
    expect((await Promise.all(members.map(user))).map((u) => u.points).sort()).toEqual([0, 600, 600, 600, 600, 600]);
    // Exhausted now: refused before any point moves, and the catalogue says so.
    await givePoints('perk-late', 600);
    const late = await member('perk-late', { action: 'redeemReward', rewardId: reward.rewardId });
    expect(late.error.code).toBe('REWARD_EXHAUSTED');
    expect(await docs('grants', { openid: 'perk-late' })).toHaveLength(1);
    const card = (await member('perk-late', { action: 'rewardCatalogue' })).data.items.find((r: { rewardId: string }) => r.rewardId === reward.rewardId);
    expect(card).toMatchObject({ left: 0, blockedReason: '已兑完' });
  }, 60_000);

  it('a perk exhausted between the redemption and the issue gives the points and the unit back once, with two drains racing', async () => {
    const { reward, perkId } = await perkReward({ total: 1 });
    await givePoints('perk-gone', 600);
    const res = await member('perk-gone', { action: 'redeemReward', rewardId: reward.rewardId, requestId: 'gone-1' });
    expect(res.data).toMatchObject({ coupon: null, voucherId: expect.any(String), points: 0 });
    expect((await readReward(reward.rewardId)).redeemed).toBe(1);
    await cloud.db.collection('perks').doc(perkId).update({ issued: 1 }); // its last unit went elsewhere meanwhile
    await Promise.all([issueDueRedemptionVouchers(cloud.db, now()), issueDueRedemptionVouchers(cloud.db, now()), drain()]);
    await drain();
    expect((await user('perk-gone')).points).toBe(600);
    expect((await readReward(reward.rewardId)).redeemed).toBe(0);
    expect((await readPerk(cloud, perkId)).issued).toBe(1);
    expect((await docs('grants', { openid: 'perk-gone' })).filter((g) => String(g._id).startsWith('reversal:'))).toHaveLength(1);
    expect(await vouchersWhere(cloud, { openid: 'perk-gone', status: 'active' })).toHaveLength(0);
    expect(await docs('grants', { openid: 'perk-gone', voucherDue: true })).toHaveLength(0);
    await assertPointsInvariants(cloud, 'perk-gone');
    const repeat = await member('perk-gone', { action: 'redeemReward', rewardId: reward.rewardId, requestId: 'gone-1' });
    expect(repeat.error.code).toBe('REWARD_EXHAUSTED');
  }, 60_000);

  it('the brand must pick a perk that exists', async () => {
    const base = { action: 'saveReward', title: '权益', kind: 'perk', pointsCost: 100, amountFen: 0, minSpendFen: 0, total: 5, perMember: 1, validDays: 30, active: true };
    const none = await cloud.call('admin', { ...base, perkId: null }, 'demo-admin');
    expect(none.error.code).toBe('INVALID_ARGUMENT');
    const unknown = await cloud.call('admin', { ...base, perkId: 'no-such-perk' }, 'demo-admin');
    expect(unknown.error.code).toBe('NOT_FOUND');
  });
});
