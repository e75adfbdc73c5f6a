import fs from 'fs';
import os from 'os';
import path from 'path';
import tcb from '@cloudbase/node-sdk';
import { freePort, spawnLocalCloud, waitForExit } from '../helpers/child-cloud';

/** Killing the local cloud at any moment loses no acknowledged write (SQLite WAL). */
describe('durability of the local cloud', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongying-durability-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write after kill -9 and a restart', async () => {
    const port = await freePort();
    const child = await spawnLocalCloud({ PORT: port, DATA_DIR: dataDir, SEED: 'none' });
    const db = tcb
      .init({ env: 'local', serviceUrl: `http://127.0.0.1:${port}/admin`, secretId: 'local', secretKey: 'local', timeout: 5000 })
      .database();
    const acknowledged: string[] = [];
    const counterUpdates: number[] = [];
    await db.collection('config').doc('durability-counter').set({ n: 0 });

    // Four writers insert and increment until the process dies under them.
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const id = `w${w}-${i}`;
          await db.collection('orders').add({ _id: id, w, i, note: '持久化测试' });
          acknowledged.push(id);
          const res = await db.collection('config').doc('durability-counter').update({ n: db.command.inc(1) });
          if (res.updated === 1) counterUpdates.push(1);
        } catch {
          return; // the server is gone: this write was never acknowledged
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    killed = true;
    const killedAt = Date.now();
    await waitForExit(child);
    await Promise.all(writers);

    const again = await spawnLocalCloud({ PORT: port, DATA_DIR: dataDir, SEED: 'none' });
    try {
      const stored = new Set<string>();
      for (let skip = 0; ; skip += 1000) {
        const page = await db.collection('orders').skip(skip).limit(1000).get();
        page.data.forEach((d: { _id: string }) => stored.add(d._id));
        if (page.data.length < 1000) break;
      }
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      const counter = (await db.collection('config').doc('durability-counter').get()).data[0];
      expect(counter.n).toBeGreaterThanOrEqual(counterUpdates.length);
    } finally {
      again.kill('SIGTERM');
      await waitForExit(again);
      // The SDK leaves its 3 s "slow request" warning timer armed when a request fails;
      // let the ones of the killed requests fire while this test still owns the console.
      await new Promise((r) => setTimeout(r, Math.max(0, killedAt + 3500 - Date.now())));
    }
  }, 90_000);
});
