import { startTestCloud, TestCloud } from '../tests/helpers/test-cloud';
import { now } from '../cloudfunctions/shared/runtime/clock';
import { addDays, dayOf, dayStart, periodOf, rollupId } from '../cloudfunctions/shared/domain/analytics';
import { afterSyncWrites, fmt, median, row, timeIt } from './util';

const DAYS = 90;
const DEALS = 12;
const LEADERS = 40;
const BATCH = 5000;
const RUNS = 5;

const date = (t: number) => ({ $date: t });

function insert(cloud: TestCloud, collection: string, docs: object[]): void {
  for (let i = 0; i < docs.length; i += BATCH) {
    const res = cloud.store.handle({ action: 'database.insertDocument', collectionName: collection, data: docs.slice(i, i + BATCH).map((d) => JSON.stringify(d)) }) as { code?: string };
    if (res && res.code) throw new Error(`bulk insert failed: ${JSON.stringify(res)}`);
  }
}

/** `count` raw paid orders spread over [from, to) (ms), straight into the store. */
function rawOrders(cloud: TestCloud, prefix: string, count: number, from: number, to: number): void {
  for (let start = 0; start < count; start += BATCH) {
    const docs = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const paidAt = from + Math.floor(((to - from) * i) / count);
      docs.push({
        _id: `${prefix}-${i}`,
        openid: `m-${i % Math.max(1000, Math.round(count / 5))}`, // about five orders a member
        dealId: `deal-${i % DEALS}`,
        amountFen: 2990 + (i % 7) * 1000,
        paidAt: date(paidAt),
        effectiveAt: date(paidAt),
        status: i % 50 ? 'completed' : 'refunded',
        distributorCode: i % 3 ? `L${i % LEADERS}` : null,
      });
    }
    insert(cloud, 'orders', docs);
  }
}

/** Rollup documents for every finished day (and its weeks and months) as the timer writes them, scaled to `perDay` orders. */
function rollups(cloud: TestCloud, today: string, perDay: number): void {
  const docs: object[] = [];
  const seen = new Set<string>();
  for (let d = DAYS; d >= 1; d--) {
    const day = addDays(today, -d);
    for (const g of ['day', 'week', 'month'] as const) {
      const p = periodOf(day, g);
      const id = rollupId('total', p);
      if (seen.has(id)) continue;
      seen.add(id);
      const n = perDay * (g === 'day' ? 1 : g === 'week' ? 7 : 30);
      const figures = {
        paidFen: n * 4990, refundedFen: n * 50, gmvFen: n * 4940, orders: n, buyers: Math.round(n * 0.8), repeatBuyers: Math.round(n * 0.2), newCustomers: Math.round(n * 0.1),
        groupsStarted: Math.round(n / 4), groupsSucceeded: Math.round(n / 5), groupsFailed: Math.round(n / 20), medianFillMinutes: 180,
        shares: n * 2, visits: n, bindings: Math.round(n / 10), leaderOrders: Math.round(n / 3), leaderGmvFen: n * 1600, commissionFen: n * 160,
        interactions: n * 3, activeMembers: n, checkins: n, votes: n / 2, posts: n / 10, likes: n, comments: n / 5, cocreationActs: 0,
        featuredPosts: 1, contestEntries: 1, contributions: 2, contributors: 2, coCreatedGmvFen: n * 500, otherGmvFen: n * 4440,
        vouchersIssued: 3, vouchersRedeemed: 2, attendance: 1, promotions: 1, days: g === 'day' ? 1 : 7, contributionsByKind: { idea: 2 }, partners: {},
      };
      docs.push({ _id: id, scope: 'total', granularity: g, key: p.key, from: p.from, to: p.to, ref: '', figures });
      if (g !== 'day') continue;
      for (let k = 0; k < DEALS; k++) {
        const o = Math.round(n / DEALS);
        docs.push({ _id: rollupId('deal', p, `deal-${k}`), scope: 'deal', granularity: 'day', key: p.key, from: p.from, to: p.to, ref: `deal-${k}`, figures: { paidFen: o * 4990, refundedFen: 0, gmvFen: o * 4990, orders: o, groupsStarted: 3, groupsSucceeded: 2, groupsFailed: 1 } });
      }
      for (let k = 0; k < LEADERS; k++) {
        docs.push({ _id: rollupId('leader', p, `L${k}`), scope: 'leader', granularity: 'day', key: p.key, from: p.from, to: p.to, ref: `L${k}`, figures: { shares: 5, visits: 3, bindings: 1, orders: 2, gmvFen: 9980, commissionFen: 998, newCustomers: 1 } });
      }
    }
  }
  insert(cloud, 'analyticsRollups', docs);
}

async function measure(cloud: TestCloud, today: string): Promise<{ trips: number; ms: number; funnelTrips: number }> {
  const input = { action: 'dashboard', from: addDays(today, -(DAYS - 1)), to: today, granularity: 'day' };
  cloud.store.resetCounters();
  const first = await cloud.call('analytics', input, 'demo-admin');
  if (!first.ok) throw new Error(`dashboard: ${first.error.code} ${first.error.message}`);
  const trips = cloud.store.counters.requests;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timeIt(() => cloud.call('analytics', input, 'demo-admin'))).ms);
  cloud.store.resetCounters();
  await cloud.call('analytics', { action: 'leaderFunnel', from: input.from, to: today }, 'demo-admin');
  return { trips, ms: median(times), funnelTrips: cloud.store.counters.requests };
}

/**
 * 数据看板 for 90 days at 10k and at 1M orders: the history as raw orders (so the
 * indexes work at that size) and the rollups the timer writes; today at the period's
 * daily average (1/90 of the orders). Measured as the dashboard usually runs (today
 * rolled by the timer, every 10 minutes) and in the minutes before the timer's first
 * run of the day (today computed live from its raw orders); and the roll itself.
 */
export async function benchAnalytics(): Promise<void> {
  console.log('\n数据看板 dashboard, 90 days by day (median of 5 calls through HTTP; round trips counted at the store)');
  for (const total of [10_000, 1_000_000]) {
    const cloud = await startTestCloud({ seed: 'none' });
    try {
      const at = now();
      const today = dayOf(at);
      const perDay = Math.round(total / DAYS);
      const seeded = await timeIt(() => {
        rawOrders(cloud, 'h', total - perDay, dayStart(addDays(today, -DAYS + 1)).getTime(), dayStart(today).getTime());
        rollups(cloud, today, perDay);
        rawOrders(cloud, 't', perDay, dayStart(today).getTime(), at.getTime());
      });
      await afterSyncWrites();
      const live = await measure(cloud, today);
      cloud.store.resetCounters();
      const roll = await timeIt(() => cloud.call('analytics', { action: 'refreshToday' }, 'demo-admin'));
      if (!roll.value.ok) throw new Error(`refreshToday: ${roll.value.error.code}`);
      const rollTrips = cloud.store.counters.requests;
      const rolled = await measure(cloud, today);
      row(`${fmt(total)} orders, today rolled (${fmt(perDay)} orders)`, `${rolled.trips} round trips, ${fmt(rolled.ms, 1)} ms (leader funnel ${rolled.funnelTrips} trips)`);
      row(`${fmt(total)} orders, today before its first roll (live)`, `${live.trips} round trips, ${fmt(live.ms, 1)} ms (leader funnel ${live.funnelTrips} trips)`);
      row(`${fmt(total)} orders: rolling today (timer / 更新)`, `${rollTrips} round trips, ${fmt(roll.ms, 1)} ms`);
      row(`${fmt(total)} orders: data written straight into the store`, `${fmt(seeded.ms / 1000, 1)} s`);
    } finally {
      await cloud.stop();
    }
  }
}

if (process.argv[1]?.endsWith(`bench/analytics.ts`)) {
  benchAnalytics().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
