import fs from 'fs';
import os from 'os';
import path from 'path';
import { startLocalCloud, LocalCloud } from '../../emulator/local-cloud';
import { freePort } from '../helpers/child-cloud';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('GET /health', () => {
  let dataDir: string;
  let cloud: LocalCloud | undefined;
  beforeEach(() => (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongying-health-'))));
  afterEach(async () => {
    await cloud?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 while the demo seed runs, and 200 only once the seeded polls and deals exist', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const starting = startLocalCloud({ port, dataDir, seed: 'demo' });
    const seen: number[] = [];
    let first503: unknown;
    for (const until = Date.now() + 30_000; Date.now() < until; await sleep(5)) {
      const res = await fetch(`${url}/health`).catch(() => null);
      if (!res) continue;
      seen.push(res.status);
      if (res.status === 503) first503 ??= await res.json();
      if (res.status === 200) break;
    }
    // The first 200: whoever waited for it finds the seed complete.
    const call = async (fn: string, data: object) =>
      (await (await fetch(`${url}/cloud/${fn}`, { method: 'POST', headers: { 'x-wx-openid': 'demo-shopper' }, body: JSON.stringify(data) })).json()) as any;
    const polls = (await call('community', { action: 'listPolls' })).data.items;
    const deals = (await call('groupbuy', { action: 'listDeals' })).data.items;
    cloud = await starting;

    expect(seen[0]).toBe(503);
    expect(seen[seen.length - 1]).toBe(200);
    expect(first503).toMatchObject({ ok: false, error: { code: 'STARTING' } });
    expect(polls).toHaveLength(3);
    expect(deals.length).toBeGreaterThanOrEqual(6);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
  });

  it('answers 200 after a restart over an already seeded data dir', async () => {
    cloud = await startLocalCloud({ port: 0, dataDir, seed: 'none' });
    await cloud.close();
    cloud = await startLocalCloud({ port: 0, dataDir, seed: 'none' });
    expect((await fetch(`${cloud.url}/health`)).status).toBe(200);
  });
});
