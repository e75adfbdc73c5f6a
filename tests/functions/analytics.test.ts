import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { put } from '../../emulator/seed/put';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { addDays, dayOf, dayStart } from '../../cloudfunctions/shared/domain/analytics';
import { TRACK_LIMIT_PER_MINUTE } from '../../cloudfunctions/shared/domain/analytics';
import type { DashboardOutput, LeaderFunnelOutput } from '../../cloudfunctions/shared/api/analytics';

let cloud: TestCloud;
const ADMIN = 'demo-admin';
const admin = <T = any>(data: Record<string, unknown>) => cloud.call<T>('analytics', data, ADMIN);

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  const at = now();
  await put(cloud.db, 'users', { _id: 'leader-1', nickname: '团长一', tier: 'officer', isAdmin: false, isDistributor: true, distributorCode: 'LEAD1', growth: 0, points: 0, avatar: '', createdAt: at, updatedAt: at } as never);
  await put(cloud.db, 'distributors', { _id: 'leader-1', code: 'LEAD1', status: 'active', source: 'seed', createdAt: at, updatedAt: at } as never);
  await put(cloud.db, 'codes', { _id: 'LEAD1', openid: 'leader-1', createdAt: at } as never);
  await put(cloud.db, 'distributors', { _id: 'leader-2', code: 'GONE2', status: 'suspended', source: 'seed', createdAt: at, updatedAt: at } as never);
  await put(cloud.db, 'codes', { _id: 'GONE2', openid: 'leader-2', createdAt: at } as never);
}, 60_000);

afterAll(() => cloud.stop());

const count = async (collection: string) => (await cloud.db.collection(collection).count()).total ?? 0;

describe('track', () => {
  test('bad input is refused with a clear error and writes nothing', async () => {
    const bad = [
      { kind: 'like' },
      { kind: 'visit' },
      { kind: 'visit', code: 'NOPE9' },
      { kind: 'visit', code: 'GONE2' },
      { kind: 'share_card', code: 'bad code!' },
      { kind: 'share_card', page: 'pages/deal/index?code=X' },
      { kind: 'share_card', dealId: '../x' },
    ];
    for (const data of bad) {
      const res = await cloud.call('analytics', { action: 'track', ...data }, 'member-bad');
      expect(res.ok).toBe(false);
      expect(res.error.code).toBe('INVALID_ARGUMENT');
      expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await count('analyticsEvents')).toBe(0);
    expect(await count('analyticsLimits')).toBe(0);
  });

  test('a visit with the same code counts once per window', async () => {
    const first = await cloud.call('analytics', { action: 'track', kind: 'visit', code: 'LEAD1', page: 'pages/deal/index' }, 'member-visit');
    const again = await cloud.call('analytics', { action: 'track', kind: 'visit', code: 'LEAD1', page: 'pages/deal/index' }, 'member-visit');
    expect(first).toMatchObject({ ok: true, data: { recorded: true } });
    expect(again).toMatchObject({ ok: true, data: { recorded: false } });
    expect((await cloud.db.collection('analyticsEvents').where({ openid: 'member-visit' }).count()).total).toBe(1);
  });

  test('one member calling 1,000 times in a minute is throttled at the limit', async () => {
    // Start early in a minute so the burst stays inside it.
    const second = now().getUTCSeconds();
    if (second > 30) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
    const results: { ok: boolean; error?: { code: string } }[] = [];
    for (let batch = 0; batch < 20; batch++) {
      results.push(...(await Promise.all(Array.from({ length: 50 }, () => cloud.call('analytics', { action: 'track', kind: 'share_card', code: 'LEAD1' }, 'member-burst')))));
    }
    const ok = results.filter((r) => r.ok).length;
    expect(ok).toBe(TRACK_LIMIT_PER_MINUTE);
    expect(results.filter((r) => !r.ok).every((r) => r.error?.code === 'RATE_LIMITED')).toBe(true);
    expect((await cloud.db.collection('analyticsEvents').where({ openid: 'member-burst' }).count()).total).toBe(TRACK_LIMIT_PER_MINUTE);
  }, 120_000);
});

describe('dashboard on a small known dataset', () => {
  const today = dayOf(now());
  const d1 = addDays(today, -3);
  const d2 = addDays(today, -2);
  const lateD1 = new Date(dayStart(d2).getTime() - 60_000); // 23:59 on d1, Shanghai
  const earlyD2 = new Date(dayStart(d2).getTime() + 60_000); // 00:01 on d2
  const order = (id: string, openid: string, paidAt: Date, amountFen: number, extra: Record<string, unknown> = {}) => ({
    _id: id,
    openid,
    dealId: 'deal-a',
    groupId: null,
    kind: 'solo',
    title: '山茶油',
    quantity: 1,
    unitPriceFen: amountFen,
    amountFen,
    commissionBps: 0,
    arrivalCode: null,
    distributorOpenid: null,
    distributorCode: null,
    status: 'effective',
    reservedUntil: paidAt,
    transactionId: `tx-${id}`,
    createdAt: paidAt,
    updatedAt: paidAt,
    paidAt,
    effectiveAt: paidAt,
    cancelledAt: null,
    refundId: null,
    ...extra,
  });

  beforeAll(async () => {
    await put(cloud.db, 'deals', { _id: 'deal-a', title: '山茶油', coCreation: null } as never);
    await put(cloud.db, 'orders', order('o-late', 'buyer-1', lateD1, 1000) as never);
    await put(cloud.db, 'orders', order('o-early', 'buyer-1', earlyD2, 2000, { distributorCode: 'LEAD1', distributorOpenid: 'leader-1' }) as never);
    await put(cloud.db, 'orders', order('o-two', 'buyer-2', new Date(earlyD2.getTime() + 3_600_000), 3000, { distributorCode: 'LEAD1', distributorOpenid: 'leader-1', status: 'refunded' }) as never);
    await put(cloud.db, 'refunds', { _id: 'r-two', orderId: 'o-two', openid: 'buyer-2', amountFen: 3000, totalFen: 3000, status: 'succeeded', updatedAt: new Date(earlyD2.getTime() + 7_200_000), createdAt: earlyD2 } as never);
    await put(cloud.db, 'groups', { _id: 'g-1', dealId: 'deal-a', status: 'succeeded', openedAt: lateD1, closedAt: new Date(lateD1.getTime() + 30 * 60_000) } as never);
    await put(cloud.db, 'groups', { _id: 'g-2', dealId: 'deal-a', status: 'failed', openedAt: earlyD2, closedAt: new Date(earlyD2.getTime() + 60 * 60_000) } as never);
    await put(cloud.db, 'grants', { _id: 'checkin:buyer-1_' + d2.replace(/-/g, ''), kind: 'checkin', openid: 'buyer-1', day: d2.replace(/-/g, ''), createdAt: earlyD2 } as never);
    await put(cloud.db, 'likes', { _id: 'l-1', postId: 'p', openid: 'buyer-1', authorOpenid: 'x', createdAt: earlyD2 } as never);
    await put(cloud.db, 'ballots', { _id: 'b-1', pollId: 'poll', openid: 'buyer-2', optionIds: ['a'], createdAt: earlyD2 } as never);
    await put(cloud.db, 'bindings', { _id: 'buyer-2', code: 'LEAD1', distributorOpenid: 'leader-1', boundAt: earlyD2, expiresAt: new Date(earlyD2.getTime() + 30 * 86_400_000) } as never);
    const res = await admin({ action: 'backfill' });
    expect(res.ok).toBe(true);
    expect(res.data.next).toBeNull();
  }, 60_000);

  test('a member may not read it', async () => {
    const res = await cloud.call('analytics', { action: 'dashboard', from: d1, to: today, granularity: 'day' }, 'member-bad');
    expect(res.error.code).toBe('FORBIDDEN');
    expect((await cloud.call('analytics', { action: 'exportCsv', kind: 'orders', from: d1, to: today }, 'member-bad')).error.code).toBe('FORBIDDEN');
    expect((await cloud.call('analytics', { action: 'leaderFunnel', from: d1, to: today }, 'member-bad')).error.code).toBe('FORBIDDEN');
  });

  test('an order at 23:59 and one at 00:01 Shanghai fall on different days', async () => {
    const day1 = (await cloud.db.collection('analyticsRollups').doc(`day:${d1}`).get()).data[0];
    const day2 = (await cloud.db.collection('analyticsRollups').doc(`day:${d2}`).get()).data[0];
    expect(day1.figures).toMatchObject({ orders: 1, paidFen: 1000, gmvFen: 1000 });
    expect(day2.figures).toMatchObject({ orders: 2, paidFen: 5000, refundedFen: 3000, gmvFen: 2000 });
  });

  test('the figures read as defined', async () => {
    const res = await admin<DashboardOutput>({ action: 'dashboard', from: d1, to: d2, granularity: 'day' });
    expect(res.ok).toBe(true);
    const metric = (section: string, key: string) => res.data.sections.find((s) => s.key === section)!.metrics.find((m) => m.key === key)!;
    expect(res.data.periods.map((p) => p.key)).toEqual([d1, d2]);
    expect(metric('sales', 'gmv').values).toEqual([1000, 2000]);
    expect(metric('sales', 'orders').values).toEqual([1, 2]);
    expect(metric('sales', 'refundRate').values).toEqual([0, 0.6]);
    expect(metric('sales', 'gmv').change).toBe(1);
    // buyer-1 is new on d1; on d2 they bought again (not new), buyer-2's order was refunded (not effective).
    expect(metric('sales', 'newCustomers').values).toEqual([1, 0]);
    // g-1 opened at 23:59 on d1 and filled 30 minutes later, on d2; g-2 failed on d2.
    expect(metric('groups', 'groupsStarted').values).toEqual([1, 1]);
    expect(metric('groups', 'groupSuccessRate').values).toEqual([null, 0.5]);
    expect(metric('groups', 'medianFillMinutes').values).toEqual([null, 30]);
    expect(metric('community', 'interactionsPerMember').values).toEqual([null, 1.5]);
    expect(metric('sales', 'gmv').definition).toMatch(/退款/);
    const groups = res.data.sections.find((s) => s.key === 'groups')!;
    expect(groups.table!.rows[0]).toMatchObject({ name: '山茶油', orders: 3, gmvFen: 3000, groupsStarted: 2, groupsSucceeded: 1, successRate: 0.5 });

    const week = await admin<DashboardOutput>({ action: 'dashboard', from: d1, to: d2, granularity: 'month' });
    expect(week.ok).toBe(true);
    const months = week.data.sections[0].metrics.find((m) => m.key === 'gmv')!.values;
    expect(months.reduce((a: number, b) => a + (b ?? 0), 0)).toBeGreaterThanOrEqual(3000);
  });

  test('the leader funnel adds the leader-day rollups', async () => {
    const res = await admin<LeaderFunnelOutput>({ action: 'leaderFunnel', from: d1, to: d2 });
    expect(res.ok).toBe(true);
    expect(res.data.rows).toHaveLength(1);
    expect(res.data.rows[0]).toMatchObject({ code: 'LEAD1', name: '团长一', orders: 2, gmvFen: 2000, bindings: 1, newCustomers: 0 });
    expect(res.data.total).toMatchObject({ code: '', name: '合计', orders: 2, gmvFen: 2000 });
  });

  test('CSV exports download and their totals match the dashboard', async () => {
    const dash = await admin<DashboardOutput>({ action: 'dashboard', from: d1, to: d2, granularity: 'day' });
    const sales = dash.data.sections.find((s) => s.key === 'sales')!;
    const sum = (key: string) => sales.metrics.find((m) => m.key === key)!.values.reduce((a: number, b) => a + (b ?? 0), 0);

    const orders = await admin({ action: 'exportCsv', kind: 'orders', from: d1, to: d2 });
    expect(orders.ok).toBe(true);
    const res = await fetch(orders.data.url);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toContain('支付金额(分)');
    const fenCol = lines[0].split(',').indexOf('支付金额(分)');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(sum('orders'));
    expect(rows.reduce((a, r) => a + Number(r[fenCol]), 0)).toBe(6000);
    expect(rows.map((r) => r[fenCol - 1])).toEqual(['10.00', '20.00', '30.00']);
    expect(rows.map((r) => r[fenCol + 1])).toEqual(['已生效', '已生效', '已退款']);

    const rollups = await admin({ action: 'exportCsv', kind: 'rollups', from: d1, to: d2 });
    const text = (await (await fetch(rollups.data.url)).text()).replace(/^\uFEFF/, '');
    const [head, ...days] = text.trim().split('\r\n');
    const gmvCol = head.split(',').indexOf('成交额(分)');
    expect(days.reduce((a, l) => a + Number(l.split(',')[gmvCol]), 0)).toBe(sum('gmv'));

    const commissions = await admin({ action: 'exportCsv', kind: 'commissions', from: d1, to: d2 });
    expect(commissions).toMatchObject({ ok: true, data: { rows: 0 } });
  });

  test('bad ranges are refused', async () => {
    expect((await admin({ action: 'dashboard', from: d2, to: d1, granularity: 'day' })).error.code).toBe('INVALID_ARGUMENT');
    expect((await admin({ action: 'dashboard', from: '2026-02-30', to: d1, granularity: 'day' })).error.code).toBe('INVALID_ARGUMENT');
    expect((await admin({ action: 'dashboard', from: addDays(today, -400), to: today, granularity: 'day' })).error.code).toBe('INVALID_ARGUMENT');
    expect((await admin({ action: 'exportCsv', kind: 'users', from: d1, to: d2 })).error.code).toBe('INVALID_ARGUMENT');
  });
});

test("the timer removes track's per-minute counters once their hour has passed", async () => {
  const { rollRecent } = await import('../../cloudfunctions/analytics/flows/rollup');
  expect(await count('analyticsLimits')).toBeGreaterThan(0);
  const result = await rollRecent(cloud.db, now());
  expect(result.limitsRemoved).toBe(0);
  const later = await rollRecent(cloud.db, new Date(now().getTime() + 2 * 3_600_000));
  expect(later.limitsRemoved).toBeGreaterThan(0);
  expect(await count('analyticsLimits')).toBe(0);
});

describe('today so far', () => {
  const today = dayOf(now());
  // Paid today, a second ago (or at midnight when the test runs in its first second).
  const paidToday = () => new Date(Math.max(dayStart(today).getTime(), now().getTime() - 1000));
  let seq = 0;
  const todayOrders = (count: number, extra: Record<string, unknown> = {}) =>
    Array.from({ length: count }, () => {
      const at = paidToday();
      const id = `t-${++seq}`;
      return { _id: id, openid: `today-${seq % 40}`, dealId: 'deal-t', amountFen: 500, paidAt: { $date: at.getTime() }, effectiveAt: { $date: at.getTime() }, status: 'effective', distributorCode: 'LEAD1', ...extra };
    });
  const insert = (docs: object[]) => {
    const res = cloud.store.handle({ action: 'database.insertDocument', collectionName: 'orders', data: docs.map((d) => JSON.stringify(d)) }) as { code?: string };
    expect(res?.code).toBeUndefined();
  };
  const todayOf = async () => {
    const res = await admin<DashboardOutput>({ action: 'dashboard', from: today, to: today, granularity: 'day' });
    expect(res.ok).toBe(true);
    const sales = res.data.sections.find((s) => s.key === 'sales')!;
    const funnel = await admin<LeaderFunnelOutput>({ action: 'leaderFunnel', from: today, to: today });
    return { orders: sales.metrics.find((m) => m.key === 'orders')!.current, asOf: res.data.todayAsOf, leaderOrders: funnel.data.total.orders };
  };
  const trips = async () => {
    const before = cloud.store.counters.requests;
    await admin({ action: 'dashboard', from: addDays(today, -29), to: today, granularity: 'day' });
    await admin({ action: 'leaderFunnel', from: addDays(today, -29), to: today });
    return cloud.store.counters.requests - before;
  };

  test('before the timer rolls today, the dashboard computes it live', async () => {
    insert(todayOrders(3));
    const before = now().getTime();
    const seen = await todayOf();
    expect(seen).toMatchObject({ orders: 3, leaderOrders: 3 });
    expect(Date.parse(seen.asOf!)).toBeGreaterThanOrEqual(before - 1000);
  });

  test('the timer rolls today every run and the finished days once an hour; the dashboard reads today as of that run', async () => {
    const { rollupTick } = await import('../../cloudfunctions/analytics/flows/rollup');
    const at = now();
    const first = await rollupTick(cloud.db, at);
    expect(first.today).toBe(1);
    const doc = (await cloud.db.collection('analyticsRollups').doc(`day:${today}`).get()).data[0];
    expect(new Date(doc.through).getTime()).toBe(at.getTime());
    expect(doc.figures.orders).toBe(3);
    // Ten minutes on: today again, the finished days not (they were rolled this hour).
    const state = (await cloud.db.collection('analyticsRollups').doc('state').get()).data[0];
    const again = await rollupTick(cloud.db, new Date(at.getTime() + 10 * 60_000));
    expect(again).toMatchObject({ today: 1, days: 0, weeks: 0, months: 0 });
    expect((await cloud.db.collection('analyticsRollups').doc('state').get()).data[0].rolledAt).toEqual(state.rolledAt);
    await rollupTick(cloud.db, at);

    // Orders after the run wait for the next one, or for 更新.
    insert(todayOrders(2));
    expect(await todayOf()).toMatchObject({ orders: 3, leaderOrders: 3, asOf: at.toISOString() });
    const refreshed = await admin<{ todayAsOf: string }>({ action: 'refreshToday' });
    expect(refreshed.ok).toBe(true);
    expect(await todayOf()).toMatchObject({ orders: 5, leaderOrders: 5, asOf: refreshed.data.todayAsOf });
  });

  test('a member may not refresh today', async () => {
    expect((await cloud.call('analytics', { action: 'refreshToday' }, 'member-bad')).error.code).toBe('FORBIDDEN');
  });

  test('opening the dashboard costs the same round trips however busy today is', async () => {
    const quiet = await trips();
    insert(todayOrders(2500));
    expect((await admin({ action: 'refreshToday' })).ok).toBe(true);
    expect((await todayOf()).orders).toBe(2505);
    expect(await trips()).toBe(quiet);
  }, 60_000);
});
