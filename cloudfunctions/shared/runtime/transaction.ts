import type { Database } from './cloud';

/** What a transaction callback receives: document operations only (see DESIGN §4). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Tx = any;

const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in a CloudBase transaction, again after a write conflict, with a
 * growing random pause between tries (the SDK's own retry has none, so rivals
 * collide again at once). A throw inside `work` rolls everything back and is rethrown.
 */
export async function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>, attempts = 16): Promise<T> {
  const run = (db as unknown as { runTransaction(cb: (tx: Tx) => Promise<T>, times: number): Promise<T> }).runTransaction;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run.call(db, work, 0);
    } catch (err) {
      if ((err as { code?: string })?.code !== CONFLICT || attempt >= attempts) throw err;
      await sleep(Math.min(200, attempt * (2 + Math.random() * 10)));
    }
  }
}

/** A document read inside a transaction, or null. */
export async function txGet<T>(tx: Tx, collection: string, id: string): Promise<T | null> {
  const res = await tx.collection(collection).doc(id).get();
  const data = Array.isArray(res?.data) ? res.data[0] : res?.data;
  return (data ?? null) as T | null;
}
