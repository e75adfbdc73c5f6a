import { startTestCloud, TestCloud, ALL_COLLECTIONS } from '../helpers/test-cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'demo' });
});
afterAll(() => cloud.stop());

describe('groupbuy.listDeals', () => {
  it('lists the live and upcoming demo deals, buyable first, with prices in fen', async () => {
    const res = await cloud.call('groupbuy', { action: 'listDeals' }, 'demo-shopper');
    expect(res.ok).toBe(true);
    const titles = res.data.items.map((d: { title: string }) => d.title);
    expect(titles).toContain('晨光能量碗');
    expect(res.data.items).toHaveLength(8);
    const buyable = res.data.items.filter((d: { phase: string }) => d.phase === 'on_sale');
    const starts = buyable.map((d: { startAt: string }) => Date.parse(d.startAt));
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
    expect(res.data.items.slice(0, buyable.length)).toEqual(buyable);
    const bowl = res.data.items.find((d: { title: string }) => d.title === '晨光能量碗');
    expect(bowl).toMatchObject({ groupPriceFen: 2990, soloPriceFen: 3990, groupSize: 3, stockLeft: 194, soldCount: 6, phase: 'on_sale' });
    expect(Number.isInteger(bowl.groupPriceFen)).toBe(true);
    expect(bowl.dealId).toMatch(/^[0-9a-f]{32}$/);
    expect(res.data.cursor).toBeUndefined();
  });

  it('pages through many deals with a cursor, each exactly once', async () => {
    const deals = cloud.db.collection('deals');
    const base = (await deals.limit(1).get()).data[0];
    for (let i = 0; i < 23; i++) {
      const { _id, ...rest } = base;
      await deals.add({ ...rest, title: `加量款 ${i}`, startAt: new Date(Date.parse(rest.startAt) - (i + 1) * 60_000) });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await cloud.call('groupbuy', { action: 'listDeals', ...(cursor ? { cursor } : {}) }, 'demo-shopper');
      expect(res.ok).toBe(true);
      seen.push(...res.data.items.map((d: { dealId: string }) => d.dealId));
      cursor = res.data.cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(31);
    expect(new Set(seen).size).toBe(31);
    expect(pages).toBe(4);
  });

  it('never lists drafts or ended deals', async () => {
    const deals = cloud.db.collection('deals');
    const base = (await deals.limit(1).get()).data[0];
    const { _id, ...rest } = base;
    await deals.add({ ...rest, title: '草稿款', status: 'draft' });
    await deals.add({ ...rest, title: '已结束款', endAt: new Date(Date.now() - 1000) });
    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await cloud.call('groupbuy', { action: 'listDeals', ...(cursor ? { cursor } : {}) }, 'demo-shopper');
      all.push(...res.data.items.map((d: { title: string }) => d.title));
      cursor = res.data.cursor;
    } while (cursor);
    expect(all).not.toContain('草稿款');
    expect(all).not.toContain('已结束款');
  });

  it('refuses a tampered cursor with INVALID_ARGUMENT', async () => {
    const res = await cloud.call('groupbuy', { action: 'listDeals', cursor: 'garbage' }, 'demo-shopper');
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});

describe('groupbuy.getDeal', () => {
  async function dealId(title: string): Promise<string> {
    const res = await cloud.db.collection('deals').where({ title }).get();
    return res.data[0]._id;
  }

  it('returns the deal with its joinable open groups, soonest to expire first, real members only', async () => {
    const res = await cloud.call('groupbuy', { action: 'getDeal', dealId: await dealId('晨光能量碗') }, 'demo-shopper');
    expect(res.ok).toBe(true);
    expect(res.data.deal.title).toBe('晨光能量碗');
    expect(res.data.openGroups).toHaveLength(2);
    const [first, second] = res.data.openGroups;
    expect(Date.parse(first.expiresAt)).toBeLessThan(Date.parse(second.expiresAt));
    expect(first).toMatchObject({ leaderNickname: '阿青', size: 3, seatsTaken: 1, seatsLeft: 2 });
    expect(second).toMatchObject({ leaderNickname: '木木', size: 3, seatsTaken: 2, seatsLeft: 1 });
  });

  it('answers NOT_FOUND for an unknown deal', async () => {
    const res = await cloud.call('groupbuy', { action: 'getDeal', dealId: 'f'.repeat(32) }, 'demo-shopper');
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('shows a draft to the brand operator only', async () => {
    const id = await dealId('草稿款');
    expect(await cloud.call('groupbuy', { action: 'getDeal', dealId: id }, 'demo-shopper')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await cloud.call('groupbuy', { action: 'getDeal', dealId: id }, 'demo-admin')).toMatchObject({ ok: true });
  });

  it.each([[{}], [{ dealId: 42 }], [{ dealId: '' }], [{ dealId: 'x'.repeat(500) }], [{ dealId: { $gt: '' } }]])(
    'malformed input #%# is INVALID_ARGUMENT and writes nothing',
    async (input) => {
      const before = await cloud.countAll(ALL_COLLECTIONS);
      const res = await cloud.call('groupbuy', { action: 'getDeal', ...input }, 'new-user-malformed');
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
      expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);
    },
  );
});

describe('calling functions on the local cloud', () => {
  it('names an unknown action clearly', async () => {
    const res = await cloud.call('groupbuy', { action: 'dropDatabase' }, 'demo-shopper');
    expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION', message: expect.stringContaining('dropDatabase') } });
  });

  it('ignores identity sent in the event body', async () => {
    const res = await cloud.call(
      'member',
      { action: 'me', openid: 'demo-admin', userInfo: { openId: 'demo-admin' }, OPENID: 'demo-admin' },
      'demo-shopper',
    );
    expect(res).toMatchObject({ ok: true, data: { openid: 'demo-shopper', isAdmin: false } });
  });

  it('refuses a call without the platform identity', async () => {
    expect(await cloud.call('member', { action: 'me', openid: 'demo-admin' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('gives a first-time caller a 探索者 profile, once', async () => {
    const [a, b] = await Promise.all([
      cloud.call('member', { action: 'me' }, 'brand-new-user'),
      cloud.call('member', { action: 'me' }, 'brand-new-user'),
    ]);
    expect(a).toMatchObject({ ok: true, data: { openid: 'brand-new-user', tier: 'explorer', isAdmin: false } });
    expect(b.data.nickname).toBe(a.data.nickname);
    expect((await cloud.db.collection('users').where({ _id: 'brand-new-user' }).count()).total).toBe(1);
  });

  it('answers malformed JSON with 400 and an unknown function with 404', async () => {
    const bad = await cloud.post('/cloud/groupbuy', '{"action":', { 'x-wx-openid': 'demo-shopper' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false });
    const missing = await cloud.post('/cloud/nope', { action: 'x' }, { 'x-wx-openid': 'demo-shopper' });
    expect(missing.status).toBe(404);
  });

  it('reports health', async () => {
    expect(await (await fetch(`${cloud.url}/health`)).json()).toEqual({ ok: true });
  });

  it('moves its clock forward on request and refuses to move it back', async () => {
    const before = Date.parse((await (await fetch(`${cloud.url}/dev/clock`)).json()).data.now);
    const moved = await (await cloud.post('/dev/clock', { advanceMs: 3_600_000 })).json();
    expect(Date.parse(moved.data.now) - before).toBeGreaterThanOrEqual(3_600_000);
    expect((await cloud.post('/dev/clock', { advanceMs: -5 })).status).toBe(400);
    expect((await cloud.post('/dev/run/noSuchTimer', {})).status).toBe(404);
  });

  it('serves stored files and refuses paths outside storage', async () => {
    const logo = await fetch(`${cloud.url}/storage/brand/brand-logo.png`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
    const escape = await fetch(`${cloud.url}/storage/..%2f..%2fgongying.sqlite`);
    expect(escape.status).toBe(404);
  });
});
