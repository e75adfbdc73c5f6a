import http from 'http';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { recordCalls, requestLog } from '../../emulator/console/request-log';

/** The console's JSON API (/console/api/...): the store behind it, its errors, and who may ask. */
let cloud: TestCloud;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  const at = new Date('2026-03-01T02:00:00.000Z');
  for (let size = 1; size <= 7; size++) {
    await cloud.db.collection('groups').add({ _id: `g${size}`, status: size % 2 ? 'open' : 'full', size, createdAt: new Date(at.getTime() + size * 60_000), note: 'x' });
  }
});
afterAll(() => cloud?.stop());

const get = async (path: string) => {
  const res = await fetch(cloud.url + path);
  return { status: res.status, body: (await res.json()) as any };
};
const send = async (method: string, path: string, body: unknown) => {
  const res = await fetch(cloud.url + path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
};
const docs = (params: Record<string, string>) => get(`/console/api/docs?${new URLSearchParams(params)}`);

describe('console data API', () => {
  it('lists collections with their counts and declared indexes', async () => {
    const { status, body } = await get('/console/api/collections');
    expect(status).toBe(200);
    const groups = body.data.find((c: any) => c.name === 'groups');
    expect(groups.count).toBe(7);
    expect(groups.indexes.length).toBeGreaterThan(0);
    const ix = groups.indexes[0];
    expect([typeof ix.name, ix.keys.length > 0, typeof ix.keys[0].field, typeof ix.unique, ix.multikey]).toEqual(['string', true, 'string', 'boolean', false]);
  });

  it('filters with the SDK query syntax ($gte), sorts and pages through the store', async () => {
    const { status, body } = await docs({ collection: 'groups', filter: '{"status":"open","size":{"$gte":3}}', sort: '{"size":-1}', limit: '2' });
    expect(status).toBe(200);
    expect(body.data.total).toBe(3); // 3, 5, 7
    expect(body.data.items.map((d: any) => d._id)).toEqual(['g7', 'g5']);
    expect(body.data.items[0].createdAt).toEqual({ $date: '2026-03-01T02:07:00.000Z' });
    const next = await docs({ collection: 'groups', filter: '{"status":"open","size":{"$gte":3}}', sort: '{"size":-1}', limit: '2', offset: '2' });
    expect(next.body.data.items.map((d: any) => d._id)).toEqual(['g3']);
    const byDate = await docs({ collection: 'groups', filter: '{"createdAt":{"$lt":{"$date":"2026-03-01T02:03:00.000Z"}}}' });
    expect(byDate.body.data.items.map((d: any) => d._id).sort()).toEqual(['g1', 'g2']);
  });

  it('answers a bad filter or sort with a 400 and a message that says what is wrong', async () => {
    const broken = await docs({ collection: 'groups', filter: '{"status":' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/^filter is not valid JSON/);
    const notObject = await docs({ collection: 'groups', filter: '[1,2]' });
    expect(notObject.status).toBe(400);
    expect(notObject.body.error.message).toMatch(/filter must be a JSON object/);
    const badOperator = await docs({ collection: 'groups', filter: '{"size":{"$gtee":1}}' });
    expect(badOperator.status).toBe(400);
    expect(badOperator.body.error).toEqual({ code: 'DATABASE_INVALID_OPERRATOR', message: expect.stringContaining('$gtee') });
    const badDate = await docs({ collection: 'groups', filter: '{"createdAt":{"$date":"soon"}}' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toMatch(/ISO date/);
    const badSort = await docs({ collection: 'groups', sort: '{"size":"up"}' });
    expect(badSort.status).toBe(400);
    expect(badSort.body.error.message).toMatch(/sort: size must be 1/);
    const noCollection = await docs({ collection: 'nope' });
    expect(noCollection.status).toBe(404);
    expect(noCollection.body.error.code).toBe('DATABASE_COLLECTION_NOT_EXIST');
    expect((await docs({ collection: 'groups', offset: '-1' })).status).toBe(400);
  });

  it('replaces a document as JSON text and keeps its dates dates and numbers numbers (read back through the SDK)', async () => {
    const shown = await get('/console/api/doc?collection=groups&id=g2');
    expect(shown.body.data).toEqual({ _id: 'g2', status: 'full', size: 2, createdAt: { $date: '2026-03-01T02:02:00.000Z' }, note: 'x' });
    const edited = { ...shown.body.data, status: 'closed', size: 20, closedAt: { $date: '2026-03-02T00:00:00.000Z' } };
    delete edited.note;
    const saved = await send('PUT', '/console/api/doc', { collection: 'groups', id: 'g2', doc: JSON.stringify(edited, null, 2) });
    expect(saved.status).toBe(200);
    const viaSdk = (await cloud.db.collection('groups').doc('g2').get()).data[0];
    expect(viaSdk.status).toBe('closed');
    expect(viaSdk.size).toBe(20);
    expect(viaSdk.createdAt).toBeInstanceOf(Date);
    expect(viaSdk.closedAt).toEqual(new Date('2026-03-02T00:00:00.000Z'));
    expect(viaSdk.note).toBeUndefined();

    const idChange = await send('PUT', '/console/api/doc', { collection: 'groups', id: 'g2', doc: '{"_id":"g9"}' });
    expect(idChange.status).toBe(400);
    const missing = await send('PUT', '/console/api/doc', { collection: 'groups', id: 'nobody', doc: '{"a":1}' });
    expect(missing.status).toBe(404);
    const badJson = await send('PUT', '/console/api/doc', { collection: 'groups', id: 'g2', doc: '{"a":' });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.message).toMatch(/document is not valid JSON/);
  });

  it('adds and deletes documents through the store (a duplicate _id is the store’s conflict)', async () => {
    const added = await send('POST', '/console/api/doc', { collection: 'groups', doc: '{"status":"open","size":1,"at":{"$date":"2026-01-01T00:00:00.000Z"}}' });
    expect(added.status).toBe(200);
    const id = added.body.data._id;
    expect(typeof id).toBe('string');
    expect((await cloud.db.collection('groups').doc(id).get()).data[0].at).toEqual(new Date('2026-01-01T00:00:00.000Z'));
    const dup = await send('POST', '/console/api/doc', { collection: 'groups', doc: '{"_id":"g1"}' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toMatch(/duplicate key/);
    const del = await fetch(`${cloud.url}/console/api/doc?collection=groups&id=${id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect((await cloud.db.collection('groups').doc(id).get()).data).toEqual([]);
    expect((await fetch(`${cloud.url}/console/api/doc?collection=groups&id=${id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('console request log, timers and the rest', () => {
  it('records a function call with its action, openid, result and database round trips', async () => {
    const before = requestLog.last;
    const res = await cloud.call('groupbuy', { action: 'listDeals' }, 'console-user');
    expect(res.ok).toBe(true);
    const { body } = await get(`/console/api/requests?after=${before}`);
    const call = body.data.items.find((r: any) => r.fn === 'groupbuy' && r.action === 'listDeals');
    expect(call).toEqual(expect.objectContaining({ openid: 'console-user', source: 'wx_client', result: 'ok' }));
    expect(call.dbRoundTrips).toBeGreaterThan(0);
    expect(call.durationMs).toBeGreaterThanOrEqual(0);
    const unknown = await cloud.call('groupbuy', { action: 'nope' }, 'console-user');
    expect(unknown.ok).toBe(false);
    const after = (await get(`/console/api/requests?after=${before}`)).body.data.items;
    expect(after[0]).toEqual(expect.objectContaining({ action: 'nope', result: 'UNKNOWN_ACTION' }));
  });

  it('keeps the stack an INTERNAL error logged, and the stack of a throw', async () => {
    // (The function's log line is printed too: the log keeps a copy, it does not swallow it.)
    const failing = recordCalls('fake', async () => {
      console.error(JSON.stringify({ level: 'error', event: 'unexpected', error: 'Error: boom\n    at handler (x.ts:1:1)' }));
      return { ok: false, error: { code: 'INTERNAL', message: '服务繁忙' } };
    });
    await failing({ action: 'explode' }, { environment: JSON.stringify({ WX_OPENID: 'u1', TCB_SOURCE: 'wx_client' }) });
    await expect(recordCalls('fake', async () => { throw new Error('thrown here'); })({ action: 'x' }, {})).rejects.toThrow('thrown here');
    const [thrown, internal] = requestLog.since(requestLog.last - 2);
    expect(internal).toEqual(expect.objectContaining({ fn: 'fake', action: 'explode', openid: 'u1', result: 'INTERNAL', stack: 'Error: boom\n    at handler (x.ts:1:1)' }));
    expect(thrown).toEqual(expect.objectContaining({ result: 'THROWN', stack: expect.stringContaining('thrown here') }));
  });

  it('lists every timer with its cron and, once run, its last run', async () => {
    const before = (await get('/console/api/timers')).body.data;
    expect(before.map((t: any) => t.name)).toEqual(expect.arrayContaining(['expireGroups', 'drainOutbox', 'releaseReservations']));
    const expire = before.find((t: any) => t.name === 'expireGroups');
    expect(expire).toEqual(expect.objectContaining({ fn: 'expireGroups', cron: '30 * * * * * *', jobCron: '30 * * * * * *', lastRun: null }));
    const ran = await cloud.post('/dev/run/expireGroups', {});
    expect(ran.status).toBe(200);
    const after = (await get('/console/api/timers')).body.data.find((t: any) => t.name === 'expireGroups');
    expect(after.lastRun).toEqual(expect.objectContaining({ ok: true, at: { $date: expect.any(String) } }));
    expect(after.lastCall).toEqual(expect.objectContaining({ result: 'ok' }));
  });

  it('answers the clock, outboxes, storage and users views', async () => {
    const clock = await get('/console/api/clock');
    expect(clock.body.data).toEqual({ now: expect.any(String), offsetMs: expect.any(Number) });
    const boxes = await get('/console/api/outboxes');
    expect(Object.keys(boxes.body.data).sort()).toEqual(['mediaChecks', 'messages', 'notifications', 'refunds', 'shipping', 'transfers']);
    expect(boxes.body.data.mediaChecks).toEqual({ waiting: [], held: false });
    cloud.storage.put('console/pic.png', Buffer.from('not really a png'));
    const files = await get('/console/api/storage');
    expect(files.body.data.files).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'console/pic.png', url: '/storage/console/pic.png', image: true })]));
    await cloud.db.collection('users').add({ _id: 'u-admin', nickname: '管理员', avatar: '', tier: 'explorer', points: 0, isAdmin: true, isDistributor: true, createdAt: new Date(), updatedAt: new Date() });
    const users = await get('/console/api/users');
    expect(users.body.data.find((u: any) => u.openid === 'u-admin').roles).toEqual(['admin', 'distributor']);
  });

  it('serves the page and its bundle', async () => {
    const page = await fetch(`${cloud.url}/console`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/console/app.js');
    const js = await fetch(`${cloud.url}/console/app.js`);
    expect(js.status).toBe(200);
    expect((await js.text()).length).toBeGreaterThan(10_000);
    expect((await get('/console/api/nothing')).status).toBe(404);
  });
});

describe('console access', () => {
  const raw = (opts: http.RequestOptions, body?: string) =>
    new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: cloud.port, ...opts }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('refuses another remote address', async () => {
    const res = await raw({ path: '/console/api/collections', localAddress: '127.0.0.2' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/this machine only/);
    expect((await raw({ path: '/console', localAddress: '127.0.0.2' })).status).toBe(403);
  });

  it('refuses a foreign Host or Origin, and a write without a JSON content type', async () => {
    expect((await raw({ path: '/console/api/collections', headers: { host: 'evil.example:80' } })).status).toBe(403);
    const cross = await raw({ path: '/console/api/doc', method: 'DELETE', headers: { origin: 'http://evil.example' } });
    expect(cross.status).toBe(403);
    const form = await raw({ path: '/console/api/doc', method: 'POST', headers: { 'content-type': 'text/plain' } }, '{}');
    expect(form.status).toBe(415);
  });
});
