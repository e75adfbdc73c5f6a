import Database from 'better-sqlite3';
import path from 'path';
import type { TestCloud } from '../tests/helpers/test-cloud';
import { fmt, pool, row, timeIt } from './util';

const UPDATES = 3000;
const CLIENTS = 20;

/**
 * Conditional updates (`where({ _id, n: _.lt(cap) }).update({ n: _.inc(1) })`) per
 * second: through the SDK and the emulator's HTTP, beside raw better-sqlite3
 * read-check-increment transactions on the same machine in the same run.
 */
export async function benchConditionalUpdates(cloud: TestCloud, scratchDir: string): Promise<void> {
  const db = cloud.db;
  const _ = db.command;
  await db.collection('config').doc('bench-counter').set({ n: 0 });
  const emulated = await timeIt(() =>
    pool(UPDATES, CLIENTS, () =>
      db.collection('config').where({ _id: 'bench-counter', n: _.lt(UPDATES * 2) }).update({ n: _.inc(1) }),
    ),
  );
  const emulatedRate = (UPDATES / emulated.ms) * 1000;

  // The same request bodies straight into the store: the emulator's own cost, without SDK and HTTP.
  const body = {
    action: 'database.modifyDocument',
    collectionName: 'config',
    queryType: 'WHERE',
    multi: true,
    merge: true,
    upsert: false,
    query: JSON.stringify({ _id: 'bench-counter', n: { $lt: UPDATES * 40 } }),
    data: JSON.stringify({ $inc: { n: 1 } }),
  };
  const direct = await timeIt(() => {
    for (let i = 0; i < UPDATES * 3; i++) cloud.store.handle(body);
  });
  const directRate = ((UPDATES * 3) / direct.ms) * 1000;

  const raw = new Database(path.join(scratchDir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec('create table docs (id text primary key, doc text not null)');
  raw.prepare('insert into docs values (?, ?)').run('c', JSON.stringify({ n: 0 }));
  const read = raw.prepare('select doc from docs where id = ?');
  const write = raw.prepare('update docs set doc = ? where id = ?');
  const step = raw.transaction(() => {
    const doc = JSON.parse((read.get('c') as { doc: string }).doc);
    if (doc.n < UPDATES * 20) write.run(JSON.stringify({ n: doc.n + 1 }), 'c');
  });
  const rawRun = await timeIt(() => {
    for (let i = 0; i < UPDATES * 10; i++) step.immediate();
  });
  raw.close();
  const rawRate = ((UPDATES * 10) / rawRun.ms) * 1000;

  console.log('\nConditional updates (read-check-increment)');
  row(`emulator via SDK + HTTP, ${CLIENTS} concurrent clients`, `${fmt(emulatedRate)} /s`);
  row('emulator store alone (same requests, no SDK or HTTP)', `${fmt(directRate)} /s`);
  row('raw better-sqlite3 transactions, in process', `${fmt(rawRate)} /s`);
  row('ratio raw / emulator', `${fmt(rawRate / emulatedRate, 1)}×`);
}
