import type { DocumentStore } from './index';

/** SDK actions that write; inside a transaction their body carries its transactionId. */
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.modifyAndReturnDoc', 'database.removeDocument']);

export interface TxWriteLog {
  /** How many writes transactions sent to each collection (committed or not: an attempt breaks the rule too). */
  readonly byCollection: Record<string, number>;
  clear(): void;
  stop(): void;
}

/**
 * Records, at the emulator, which collections transactions write to, so a test can
 * hold the rule that no transaction touches a hot document (a deal, a group): on
 * CloudBase a transaction locks what it writes, and the emulator, serving one
 * request at a time, cannot show that contention itself.
 */
export function logTransactionWrites(store: DocumentStore): TxWriteLog {
  const byCollection: Record<string, number> = {};
  const handle = store.handle;
  store.handle = function (body) {
    const { action, transactionId, collectionName } = (body ?? {}) as Record<string, unknown>;
    if (transactionId && typeof action === 'string' && WRITES.has(action) && typeof collectionName === 'string') {
      byCollection[collectionName] = (byCollection[collectionName] ?? 0) + 1;
    }
    return handle.call(this, body);
  };
  return {
    byCollection,
    clear: () => {
      for (const key of Object.keys(byCollection)) delete byCollection[key];
    },
    stop: () => {
      store.handle = handle;
    },
  };
}
