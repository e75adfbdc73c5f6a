/**
 * The demo's six weeks of history (SEED_HISTORY, on for `npm start`): the dashboard
 * shows a trend, the timer (through the job runner) and a second backfill change no
 * rollup, and the seed's own invariants still hold with the history members in.
 */
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { addDays, dayOf } from '../../cloudfunctions/shared/domain/analytics';
import type { DashboardOutput } from '../../cloudfunctions/shared/api/analytics';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'demo', history: true });
}, 120_000);
afterAll(() => cloud.stop());

async function rollups(): Promise<Map<string, unknown>> {
  const _ = cloud.db.command;
  const docs: { _id: string }[] = [];
  for (;;) {
    const res = await cloud.db.collection('analyticsRollups').where({ _id: _.neq('state') }).orderBy('_id', 'asc').skip(docs.length).limit(1000).get();
    docs.push(...(res.data as { _id: string }[]));
    if (res.data.length < 1000) return new Map(docs.map((d) => [d._id, d]));
  }
}

test('six weeks of history: every week has sales, groups, leader orders and interactions', async () => {
  const to = dayOf(now());
  const res = await cloud.call<DashboardOutput>('analytics', { action: 'dashboard', from: addDays(to, -41), to, granularity: 'week' }, 'demo-admin');
  expect(res.ok).toBe(true);
  const values = (section: string, key: string) => res.data.sections.find((s) => s.key === section)!.metrics.find((m) => m.key === key)!.values;
  for (const [section, key] of [['sales', 'gmv'], ['sales', 'orders'], ['groups', 'groupSuccessRate'], ['leaders', 'leaderOrders'], ['leaders', 'shares'], ['community', 'interactionsPerMember']]) {
    expect({ key, nonZero: values(section, key).every((v) => v != null && v > 0) }).toEqual({ key, nonZero: true });
  }
  const days = await cloud.call<DashboardOutput>('analytics', { action: 'dashboard', from: addDays(to, -41), to, granularity: 'day' }, 'demo-admin');
  const orders = days.data.sections[0].metrics.find((m) => m.key === 'orders')!.values;
  expect(orders).toHaveLength(42);
  expect(orders.filter((v) => (v ?? 0) > 0).length).toBeGreaterThanOrEqual(40);
}, 60_000);

test('the timer through the job runner and a second backfill change no rollup of a finished day', async () => {
  const today = dayOf(now());
  const finished = (docs: Map<string, unknown>) => new Map([...docs].filter(([id]) => !id.includes(`:${today}`)));
  const before = await rollups();
  expect(before.size).toBeGreaterThan(100);
  // Right after the seed's backfill: today so far; the finished days were rolled within the hour.
  const timer = await (await cloud.post('/dev/run/analyticsRollup', {})).json();
  expect(timer).toMatchObject({ ok: true, data: { job: 'analyticsRollup', more: 0, today: 1, days: 0 } });
  const afterTimer = await rollups();
  expect(afterTimer.has(`day:${today}`)).toBe(true);
  expect(finished(afterTimer)).toEqual(finished(before));
  // An hour on, the timer rolls the last 8 finished days again: nothing changes.
  const { rollupTick } = await import('../../cloudfunctions/analytics/flows/rollup');
  const hourLater = await rollupTick(cloud.db, new Date(now().getTime() + 61 * 60_000));
  expect(hourLater).toMatchObject({ days: 8, more: 0, today: 1 });
  expect(finished(await rollups())).toEqual(finished(before));
  const again = await cloud.call('analytics', { action: 'backfill' }, 'demo-admin');
  expect(again).toMatchObject({ ok: true, data: { next: null, more: 0 } });
  expect(finished(await rollups())).toEqual(finished(before));
}, 120_000);

test("the history keeps the seed's invariants: growth adds up, 阿哲's customers match his list", async () => {
  const users = (await cloud.db.collection('users').limit(1000).get()).data as { _id: string; growth: number }[];
  const grants = (await cloud.db.collection('grants').limit(1000).get()).data as { openid: string; growth: number }[];
  for (const u of users) expect({ u: u._id, growth: grants.filter((g) => g.openid === u._id).reduce((t, g) => t + g.growth, 0) }).toEqual({ u: u._id, growth: u.growth });
  const call = (action: string, cursor?: string) => cloud.call('distribution', { action, ...(cursor ? { cursor } : {}) }, 'demo-cocreator');
  const customers: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = (await call('customers', cursor)).data;
    customers.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  expect((await call('summary')).data.customers).toBe(customers.length);
}, 60_000);
