import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { runJob } from '../../cloudfunctions/shared/runtime/jobs';
import { grant, revokeGrant } from '../../cloudfunctions/shared/grants';
import { DEFAULT_MEMBER_CONFIG } from '../../cloudfunctions/shared/domain/growth';
import { job as reconcileLedger } from '../../cloudfunctions/reconcileLedger/job';
import { getDoc } from '../../cloudfunctions/shared/runtime/documents';
import type { UserDoc } from '../../cloudfunctions/shared/model';

/** The one grants path without a transaction (shared/postings.ts): once, never overdrawn, finished after a crash. */
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const config = { ...DEFAULT_MEMBER_CONFIG, officerThreshold: 100 };
const user = (openid: string) => getDoc<UserDoc & { applied?: { key: string }[] }>(cloud.db, 'users', openid);
const grantsOf = async (openid: string) => (await cloud.db.collection('grants').where({ openid }).get()).data as { _id: string; points: number }[];
const give = (openid: string, key: string, growth: number, points: number) => grant(cloud.db, openid, key, { growth, points }, '测试', config, now());

describe('postings: grants without a transaction', () => {
  it('a first grant makes the profile; the same key again gives nothing', async () => {
    expect(await give('p-new', 'k1', 3, 7)).toBe(true);
    expect(await give('p-new', 'k1', 3, 7)).toBe(false);
    expect(await user('p-new')).toMatchObject({ growth: 3, points: 7, tier: 'explorer' });
    expect(await grantsOf('p-new')).toHaveLength(1);
  });

  it('twenty spends of 30 at once from 100 points: exactly three, never below zero, refusals leave nothing', async () => {
    await give('p-spend', 'earn', 0, 100);
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => give('p-spend', `spend-${i}`, 0, -30)));
    const won = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(3);
    expect(refused.every((r) => (r as PromiseRejectedResult).reason.code === 'INSUFFICIENT_POINTS')).toBe(true);
    expect((await user('p-spend'))!.points).toBe(10);
    const entries = await grantsOf('p-spend');
    expect(entries).toHaveLength(4);
    expect(entries.reduce((sum, g) => sum + g.points, 0)).toBe(10);
  });

  it('a spend by someone with no profile is refused, and makes none', async () => {
    await expect(give('p-nobody', 'spend:nobody', 0, -5)).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });
    expect(await user('p-nobody')).toBeNull();
    expect(await grantsOf('p-nobody')).toEqual([]);
  });

  it('a burst of the same grant moves the totals once', async () => {
    await Promise.all(Array.from({ length: 12 }, () => give('p-burst', 'same', 2, 5)));
    expect(await user('p-burst')).toMatchObject({ growth: 2, points: 5 });
    expect(await grantsOf('p-burst')).toHaveLength(1);
  });

  it('a revoke takes back once', async () => {
    await give('p-rev', 'order:x', 10, 10);
    expect(await revokeGrant(cloud.db, 'order:x', '退款', now())).toBe(true);
    expect(await revokeGrant(cloud.db, 'order:x', '退款', now())).toBe(false);
    expect(await user('p-rev')).toMatchObject({ growth: 0, points: 0 });
  });

  it('a call that died after writing the grant is finished by its retry, and only once', async () => {
    await give('p-crash', 'base:crash', 0, 1);
    // The grant document is in, the member's totals never moved (the call died between the two writes).
    await cloud.db.collection('grants').add({ _id: 'crashed', openid: 'p-crash', growth: 4, points: 9, reason: '测试', createdAt: now(), posted: { collection: 'users', id: 'p-crash', incs: { growth: 4, points: 9 } } });
    expect(await give('p-crash', 'crashed', 4, 9)).toBe(false); // already granted: the retry finishes it
    expect(await user('p-crash')).toMatchObject({ growth: 4, points: 10 });
    expect(await give('p-crash', 'crashed', 4, 9)).toBe(false);
    expect(await user('p-crash')).toMatchObject({ growth: 4, points: 10 });
  });

  it('one never retried is finished by the daily reconcile job, once', async () => {
    await give('p-orphan', 'base:orphan', 0, 1);
    const at = new Date(now().getTime() - 2 * 3_600_000);
    await cloud.db.collection('grants').add({ _id: 'orphan', openid: 'p-orphan', growth: 6, points: 6, reason: '测试', createdAt: at, posted: { collection: 'users', id: 'p-orphan', incs: { growth: 6, points: 6 } } });
    // An old repeat does not move it (its call is long over)...
    expect(await give('p-orphan', 'orphan', 6, 6)).toBe(false);
    expect(await user('p-orphan')).toMatchObject({ growth: 0, points: 1 });
    // ...the job does, and a second run does nothing more.
    const first = await runJob(cloud.db, reconcileLedger, now());
    expect(first).toMatchObject({ ok: true, counts: { postingsRepaired: 1 } });
    await runJob(cloud.db, reconcileLedger, now());
    expect(await user('p-orphan')).toMatchObject({ growth: 6, points: 7 });
  });

  it('an orphaned spend the balance no longer covers is taken out, not overdrawn', async () => {
    await give('p-over', 'base:over', 0, 5);
    const at = new Date(now().getTime() - 2 * 3_600_000);
    await cloud.db.collection('grants').add({ _id: 'over', openid: 'p-over', growth: 0, points: -50, reason: '测试', createdAt: at, posted: { collection: 'users', id: 'p-over', incs: { growth: 0, points: -50 }, floor: ['points'] } });
    const run = await runJob(cloud.db, reconcileLedger, now());
    expect(run).toMatchObject({ ok: true, counts: { postingsRemoved: 1 } });
    expect((await user('p-over'))!.points).toBe(5);
    expect(await getDoc(cloud.db, 'grants', 'over')).toBeNull();
  });

  it('two grants crossing the threshold at once, each blind to the other, promote once: on the next 我的', async () => {
    await give('p-promo', 'base:promo', 90, 0);
    const known = { tier: 'explorer' as const, growth: 90 };
    await Promise.all(['promo:a', 'promo:b'].map((k) => grant(cloud.db, 'p-promo', k, { growth: 5, points: 0 }, '测试', config, now(), { known })));
    await cloud.db.collection('config').doc('member').set({ officerThreshold: 100 });
    expect((await user('p-promo'))!.tier).toBe('explorer');
    const me = await Promise.all([1, 2, 3].map(() => cloud.call('member', { action: 'me' }, 'p-promo')));
    expect(me.every((r) => r.data.tier === 'officer')).toBe(true);
    expect((await cloud.db.collection('tierChanges').where({ openid: 'p-promo' }).get()).data).toHaveLength(1);
  });

  it('account journals are pruned after three days', async () => {
    await give('p-prune', 'old', 1, 1);
    cloud.clock.advance(4 * 86_400_000);
    await runJob(cloud.db, reconcileLedger, now());
    expect((await user('p-prune'))!.applied ?? []).toEqual([]);
    expect(await user('p-prune')).toMatchObject({ growth: 1, points: 1 });
  });
});
