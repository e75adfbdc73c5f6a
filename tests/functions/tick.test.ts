import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { gb, makeDeal, MINUTE, readOrder, runTimer } from '../helpers/groupbuy';
import { invocationContext } from '../../emulator/functions-host';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { budgetOf } from '../../cloudfunctions/shared/runtime/budget';
import { runJob } from '../../cloudfunctions/shared/runtime/jobs';
import { job as releaseReservations } from '../../cloudfunctions/releaseReservations/job';

const SECRET = 'tick-secret-for-tests-0123456789';
let cloud: TestCloud;
let saved: string | undefined;
beforeAll(async () => {
  saved = process.env.TICK_SECRET;
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(async () => {
  if (saved === undefined) delete process.env.TICK_SECRET;
  else process.env.TICK_SECRET = saved;
  await cloud.stop();
});
beforeEach(() => (process.env.TICK_SECRET = SECRET));

const tick = async (body: object | string, headers: Record<string, string> = { authorization: `Bearer ${SECRET}` }, extra: object = {}) => {
  const event = { httpMethod: 'POST', path: '/tick', headers, body: typeof body === 'string' ? body : JSON.stringify(body), isBase64Encoded: false, ...extra };
  const res = (await cloud.functions.get('tick')!(event, invocationContext('tick', { source: 'http' }))) as { statusCode: number; body: string };
  return { status: res.statusCode, body: JSON.parse(res.body) };
};

/** Unpaid reservations whose 15 minutes have passed: work for releaseReservations. */
async function expiredReservations(count: number): Promise<string[]> {
  const dealId = await makeDeal(cloud, { groupSize: 2 });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await gb(cloud, `tick-${dealId}-${i}`, { action: 'startGroup', dealId })).orderId);
  cloud.clock.advance(16 * MINUTE);
  return ids;
}
const statuses = async (ids: string[]) => Promise.all(ids.map(async (id) => (await readOrder(cloud, id)).status));

describe('tick: the scheduled jobs over HTTP for an external scheduler', () => {
  it('refuses a wrong, missing or unconfigured secret, and a mini-program caller: nothing runs', async () => {
    const ids = await expiredReservations(2);
    expect((await tick({ job: 'releaseReservations' }, { authorization: 'Bearer wrong-secret-wrong-secret-xx' })).status).toBe(401);
    expect((await tick({ job: 'releaseReservations' }, { 'x-tick-secret': SECRET.slice(0, -1) })).status).toBe(401);
    expect((await tick({ job: 'releaseReservations' }, {})).status).toBe(401);
    expect((await tick({ job: 'due' }, {})).status).toBe(401);
    delete process.env.TICK_SECRET;
    expect((await tick({ job: 'releaseReservations' })).status).toBe(403);
    process.env.TICK_SECRET = 'short';
    expect((await tick({ job: 'releaseReservations' }, { authorization: 'Bearer short' })).status).toBe(403);
    process.env.TICK_SECRET = SECRET;
    const fromApp = await cloud.call('tick', { httpMethod: 'POST', headers: { authorization: `Bearer ${SECRET}` }, body: '{"job":"releaseReservations"}' }, 'someone');
    expect((fromApp as unknown as { statusCode: number }).statusCode).toBe(403);
    expect(await statuses(ids)).toEqual(['pending_payment', 'pending_payment']);
    expect(await cloud.db.collection('jobRuns').where({ _id: 'releaseReservations' }).count()).toMatchObject({ total: 0 });
    // The right secret: they go.
    expect((await tick({ job: 'releaseReservations' })).body.ran[0].counts.orders).toBe(2);
  });

  it('runs a named job once; a second call finds nothing left to do', async () => {
    const ids = await expiredReservations(3);
    const first = await tick({ job: 'releaseReservations' });
    expect(first.status).toBe(200);
    expect(first.body.ran).toEqual([expect.objectContaining({ job: 'releaseReservations', ok: true, counts: expect.objectContaining({ orders: 3, more: 0 }) })]);
    expect(await statuses(ids)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    const second = await tick('', { 'x-tick-secret': SECRET }, { queryStringParameters: { job: 'releaseReservations' } });
    expect(second.body.ran[0].counts).toMatchObject({ orders: 0 });
    expect((await tick({ job: 'noSuchJob' })).status).toBe(404);
    expect((await tick({ job: '../etc' })).status).toBe(400);
  });

  it('"due" runs each job once per cron slot, however many ticks arrive at once', async () => {
    const [a, b] = await Promise.all([tick({ job: 'due' }), tick({ job: 'due' })]);
    const names = [...a.body.ran, ...b.body.ran].map((r: { job: string }) => r.job).sort();
    expect(names).toContain('releaseReservations');
    expect(new Set(names).size).toBe(names.length);
    expect((await tick({ job: 'due' })).body.ran.map((r: { job: string }) => r.job)).not.toContain('releaseReservations');
    cloud.clock.advance(MINUTE);
    expect((await tick({ job: 'due' })).body.ran.map((r: { job: string }) => r.job)).toEqual(expect.arrayContaining(['releaseReservations', 'drainOutbox']));
  });

  it('the same job runs from its timer and from /dev/run', async () => {
    const ids = await expiredReservations(1);
    expect((await runTimer(cloud, 'releaseReservations')).data).toMatchObject({ job: 'releaseReservations', orders: 1 });
    expect(await statuses(ids)).toEqual(['cancelled']);
    expect((await cloud.functions.get('releaseReservations')!({ Type: 'Timer' }, invocationContext('releaseReservations', { openid: 'x', source: 'wx_client' })) as { ok: boolean }).ok).toBe(false);
  });
});

describe('a job under its time budget', () => {
  it('stops when its budget is exhausted and the next run finishes the work', async () => {
    const ids = await expiredReservations(12);
    // A fake clock that moves a second each time it is read: 10 s with 2 s in reserve leave room for 7 orders.
    let t = 0;
    const first = await runJob(cloud.db, releaseReservations, now(), budgetOf(10_000, () => (t += 1000)));
    expect(first).toMatchObject({ ok: true, counts: { orders: 7, more: 5 } });
    expect((await statuses(ids)).filter((s) => s === 'cancelled')).toHaveLength(7);
    const second = await runJob(cloud.db, releaseReservations, now());
    expect(second).toMatchObject({ ok: true, counts: { orders: 5, more: 0 } });
    expect(new Set(await statuses(ids))).toEqual(new Set(['cancelled']));
  });
});
