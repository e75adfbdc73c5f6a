import { startDbServer, DbServer } from '../helpers/db-server';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { DEFAULT_TIMEOUT_S, FunctionTimeoutError, readDeployment, withTimeout } from '../../emulator/functions-host';
import { recordCalls } from '../../emulator/console/request-log';

/** Issue 19, "as strict as CloudBase": the limits, through the real @cloudbase/node-sdk. */
type Doc = Record<string, any>;
let s: DbServer;

beforeAll(async () => {
  s = await startDbServer({ collections: ['big', 'rows'] });
  const rows = Array.from({ length: 1100 }, (_, i) => ({ _id: `r${String(i).padStart(4, '0')}`, n: i, g: i % 30 }));
  for (let i = 0; i < rows.length; i += 500) await s.db.collection('rows').add(rows.slice(i, i + 500));
});
afterAll(() => s.stop());

describe('document size (MongoDB 16 MiB BSON)', () => {
  const MB = 1024 * 1024;
  it('refuses an insert over 16 MiB with DATABASE_REQUEST_FAILED and writes nothing', async () => {
    await expect(s.db.collection('big').add({ _id: 'huge', blob: 'x'.repeat(16 * MB) })).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringContaining('BSONObjectTooLarge'),
    });
    expect((await s.db.collection('big').count()).total).toBe(0);
  });

  it('accepts a document just under the limit and refuses an update that grows it past', async () => {
    await s.db.collection('big').add({ _id: 'b', a: 'x'.repeat(9 * MB) });
    await expect(s.db.collection('big').doc('b').update({ c: 'y'.repeat(8 * MB) })).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringContaining('16MB') });
    const after = await s.db.collection('big').doc('b').field({ c: true }).get();
    expect(after.data[0].c).toBeUndefined();
  });
});

describe('the page cap', () => {
  it('get answers 100 by default and at most 1000 (the SDK sends min(limit, 1000); the server caps a raw request the same)', async () => {
    expect((await s.db.collection('rows').get()).data).toHaveLength(100);
    expect((await s.db.collection('rows').limit(5000).get()).data).toHaveLength(1000);
    const raw = s.store.handle({ action: 'database.getDocument', collectionName: 'rows', queryType: 'WHERE', limit: 5000 }) as Doc;
    expect(raw.data.list).toHaveLength(1000);
    expect(raw.data.limit).toBe(1000);
  });
});

describe('an aggregate without a $limit stage answers 20 rows, as CloudBase does', () => {
  it('cuts to 20 without a limit, answers the stated limit with one', async () => {
    const rows = s.db.collection('rows');
    expect((await rows.aggregate().match({ n: s.db.command.gte(0) }).end()).data).toHaveLength(20);
    expect((await rows.aggregate().group({ _id: '$g', n: { $sum: 1 } }).end()).data).toHaveLength(20);
    expect((await rows.aggregate().group({ _id: '$g', n: { $sum: 1 } }).limit(1000).end()).data).toHaveLength(30);
    expect((await rows.aggregate().sort({ n: 1 }).limit(1000).end()).data).toHaveLength(1000);
    // A $limit anywhere states it: a later stage may then give more rows.
    const unwound = await rows.aggregate().sort({ n: 1 }).limit(25).project({ x: [1, 2] }).unwind('$x').end();
    expect(unwound.data).toHaveLength(50);
  });
});

describe('function timeouts from cloudbaserc.json', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
  });
  afterAll(() => cloud.stop());

  it('every deployed function takes its timeout from cloudbaserc.json (CloudBase default 3 s)', () => {
    const specs = readDeployment();
    expect(specs.length).toBeGreaterThan(0);
    for (const spec of specs) expect(spec.timeout ?? DEFAULT_TIMEOUT_S).toBeGreaterThan(0);
    expect(DEFAULT_TIMEOUT_S).toBe(3);
  });

  it('a call running past its timeout fails at the limit with FUNCTIONS_TIME_LIMIT_EXCEEDED (-504003)', async () => {
    let finished = false;
    const slow = async () => {
      await new Promise((r) => setTimeout(r, 1500));
      finished = true;
      return { ok: true, data: 'late' };
    };
    cloud.functions.set('slowLocal', recordCalls('slowLocal', withTimeout(slow, 0.2)));
    const started = Date.now();
    const res = await cloud.post('/cloud/slowLocal', {});
    expect(Date.now() - started).toBeLessThan(1400);
    expect(res.status).toBe(504);
    expect(await res.json()).toEqual({ errCode: -504003, code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED', errMsg: 'cloud.callFunction:fail Invoking task timed out after 0.2 seconds' });
    expect(finished).toBe(false);
    cloud.functions.delete('slowLocal');
  });

  it("concurrent calls share the process: each one's clock runs at 1/k with k calls in flight, as if each had its own instance", async () => {
    const sleep = (ms: number) => withTimeout(() => new Promise((r) => setTimeout(() => r({ ok: true }), ms)), 0.4);
    // Alone, 600 ms is past a 0.4 s limit; four at once each take about 150 ms of their own time.
    await expect(sleep(600)({}, {})).rejects.toMatchObject({ code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED' });
    await expect(Promise.all([sleep(600)({}, {}), sleep(600)({}, {}), sleep(600)({}, {}), sleep(600)({}, {})])).resolves.toHaveLength(4);
  });

  it('a call within its timeout answers as before', async () => {
    const quick = withTimeout(async () => ({ ok: true, data: 1 }), 1);
    await expect(quick({}, {})).resolves.toEqual({ ok: true, data: 1 });
    await expect(withTimeout(() => new Promise(() => undefined), 0.05)({}, {})).rejects.toBeInstanceOf(FunctionTimeoutError);
  });
});
