import type { Database } from './cloud';

/** What a transaction callback receives: document operations only (see DESIGN §4). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Tx = any;

/**
 * Runs `work` in a CloudBase transaction. The SDK retries it on a write conflict;
 * contention on one hot document (a deal's stock) needs more than its default 3 tries.
 * A throw inside `work` rolls everything back and is rethrown.
 */
export function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>, attempts = 12): Promise<T> {
  return (db as unknown as { runTransaction(cb: (tx: Tx) => Promise<T>, times: number): Promise<T> }).runTransaction(
    work,
    attempts,
  );
}

/** A document read inside a transaction, or null. */
export async function txGet<T>(tx: Tx, collection: string, id: string): Promise<T | null> {
  const res = await tx.collection(collection).doc(id).get();
  const data = Array.isArray(res?.data) ? res.data[0] : res?.data;
  return (data ?? null) as T | null;
}
