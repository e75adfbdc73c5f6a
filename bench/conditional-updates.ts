import Database from 'better-sqlite3';
import path from 'path';
import type { TestCloud } from '../tests/helpers/test-cloud';
import { fmt, pool, row, timeIt } from './util';

const UPDATES = 3000;
const CLIENTS = 20;
const ROUNDS = 3;

/**
 * Conditional updates (`where({ _id, n: _.lt(cap) }).update({ n: _.inc(1) })`) per
 * second: through the SDK and the emulator's HTTP, and straight into the store with the
 * update done in SQL and (as before the pushdown) matched in JavaScript, beside raw
 * better-sqlite3 read-check-increment transactions on the same machine in the same run.
 */
export async function benchConditionalUpdates(
  cloud: TestCloud,
  scratchDir: string,
): Promise<{ sdk: number; sql: number; js: number; raw: number }> {
  const db = cloud.db;
  const _ = db.command;
  await db.collection('config').doc('bench-counter').set({ n: 0 });
  const emulated = await timeIt(() =>
    pool(UPDATES, CLIENTS, () =>
      db.collection('config').where({ _id: 'bench-counter', n: _.lt(UPDATES * 2) }).update({ n: _.inc(1) }),
    ),
  );
  const emulatedRate = (UPDATES / emulated.ms) * 1000;

  // The same request bodies straight into the store: the emulator's own cost, without SDK and HTTP,
  // with simple conditional updates done in SQL (the default) and, for comparison, matched in JavaScript.
  const body = {
    action: 'database.modifyDocument',
    collectionName: 'config',
    queryType: 'WHERE',
    multi: true,
    merge: true,
    upsert: false,
    query: JSON.stringify({ _id: 'bench-counter', n: { $lt: UPDATES * 1000 } }),
    data: JSON.stringify({ $inc: { n: 1 } }),
  };
  const storeRate = async (sqlUpdates: boolean) => {
    cloud.store.sqlUpdates = sqlUpdates;
    try {
      const run = await timeIt(() => {
        for (let i = 0; i < UPDATES * 3; i++) cloud.store.handle(body);
      });
      return ((UPDATES * 3) / run.ms) * 1000;
    } finally {
      cloud.store.sqlUpdates = true;
    }
  };

  const raw = new Database(path.join(scratchDir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec('create table docs (id text primary key, doc text not null)');
  raw.prepare('insert into docs values (?, ?)').run('c', JSON.stringify({ n: 0 }));
  const read = raw.prepare('select doc from docs where id = ?');
  const write = raw.prepare('update docs set doc = ? where id = ?');
  const step = raw.transaction(() => {
    const doc = JSON.parse((read.get('c') as { doc: string }).doc);
    if (doc.n < UPDATES * 1000) write.run(JSON.stringify({ n: doc.n + 1 }), 'c');
  });
  const rawRate = async () => {
    const run = await timeIt(() => {
      for (let i = 0; i < UPDATES * 10; i++) step.immediate();
    });
    return ((UPDATES * 10) / run.ms) * 1000;
  };

  // Interleaved rounds, best of each: the machine is shared, and a slow moment should not land on one side only.
  const best = { sql: 0, js: 0, raw: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    best.js = Math.max(best.js, await storeRate(false));
    best.sql = Math.max(best.sql, await storeRate(true));
    best.raw = Math.max(best.raw, await rawRate());
  }
  raw.close();

  console.log('\nConditional updates (read-check-increment)');
  row(`emulator via SDK + HTTP, ${CLIENTS} concurrent clients`, `${fmt(emulatedRate)} /s`);
  row('store alone (same requests, no SDK/HTTP), done in SQL', `${fmt(best.sql)} /s`);
  row('store alone, matched in JavaScript (before the pushdown)', `${fmt(best.js)} /s`);
  row('raw better-sqlite3 transactions, in process', `${fmt(best.raw)} /s`);
  row('store / raw, done in SQL (goal ≥ 0.3)', `${fmt(best.sql / best.raw, 2)}×`);
  row('store / raw, matched in JavaScript (before)', `${fmt(best.js / best.raw, 2)}×`);
  row('ratio raw / emulator via SDK', `${fmt(best.raw / emulatedRate, 1)}×`);
  return { sdk: emulatedRate, sql: best.sql, js: best.js, raw: best.raw };
}
