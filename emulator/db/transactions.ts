import { randomBytes } from 'crypto';
import type { Source, Sink } from './access';
import type { Doc } from './ejson';
import type { SortSpec } from './planner';
import { errors } from './errors';
import { cloneDoc, decodeDoc, idKey } from './stored';
import type { Tables } from './tables';
import { docKey, Versions } from './versions';

interface Write {
  collection: string;
  id: string;
  doc: Doc | null;
}

export interface TxState {
  id: string;
  /** The write seq its snapshot is taken at. */
  start: number;
  /** When it started (ms): CloudBase aborts a transaction not committed or aborted within 30 s of its start. */
  startedAt: number;
  /** Buffered writes by docKey; each key is also write-locked in Versions while the transaction is open. */
  writes: Map<string, Write>;
}

/**
 * Interactive transactions spanning several requests, as CloudBase runs them on
 * MongoDB. Reads see the data as of the start plus the transaction's own writes;
 * writes are buffered until commit and lock their documents: a second
 * transaction writing a locked document, or any transaction writing a document
 * changed since its snapshot, fails at once with DATABASE_TRANSACTION_CONFLICT
 * and is aborted (first writer wins); a write outside transactions waits until
 * the lock's holder ends (see WriteBlocked). A transaction ended (committed,
 * aborted, conflicted, or older than the lifetime) no longer exists.
 */
export class Transactions {
  private readonly open = new Map<string, TxState>();
  private readonly waiters = new Map<string, (() => void)[]>();

  constructor(
    private readonly tables: Tables,
    private readonly versions: Versions,
    private readonly lifetimeMs: number,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  start(): string {
    const id = randomBytes(16).toString('hex');
    this.open.set(id, { id, start: this.versions.begin(id), startedAt: this.clock(), writes: new Map() });
    return id;
  }

  access(id: unknown): TxAccess {
    const tx = this.require(id);
    return new TxAccess(tx, this.tables, this.versions, () => this.abort(tx.id));
  }

  /** Removes the transaction for commit and releases its locks; the caller must call finish() afterwards. */
  take(id: unknown): TxState {
    const tx = this.require(id);
    this.open.delete(tx.id);
    this.versions.unlock(tx.writes.keys(), tx.id);
    return tx;
  }

  finish(tx: TxState): void {
    this.versions.unlock(tx.writes.keys(), tx.id);
    this.versions.end(tx.id);
    const waiting = this.waiters.get(tx.id);
    this.waiters.delete(tx.id);
    for (const wake of waiting ?? []) wake();
  }

  abort(id: unknown): void {
    this.drop(this.require(id));
  }

  /** Aborts transactions past their lifetime (their client died, or took too long). */
  sweep(): void {
    const now = this.clock();
    for (const tx of [...this.open.values()]) if (now - tx.startedAt > this.lifetimeMs) this.drop(tx);
  }

  private drop(tx: TxState): void {
    this.open.delete(tx.id);
    this.finish(tx);
  }

  /** Resolves once the transaction has ended: committed, aborted, or timed out (then aborted here). */
  whenEnded(id: string): Promise<void> {
    const tx = this.open.get(id);
    if (!tx) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.sweep(), Math.max(0, tx.startedAt + this.lifetimeMs - this.clock()) + 5);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const list = this.waiters.get(id);
      if (list) list.push(wake);
      else this.waiters.set(id, [wake]);
    });
  }

  touchedSince(key: string, start: number): boolean {
    return this.versions.touchedSince(key, start);
  }

  get size(): number {
    return this.open.size;
  }

  private require(id: unknown): TxState {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (tx && this.clock() - tx.startedAt > this.lifetimeMs) this.drop(tx);
    else if (tx) return tx;
    throw errors.transactionNotExist();
  }
}

export class TxAccess implements Source, Sink {
  constructor(
    private readonly tx: TxState,
    private readonly tables: Tables,
    private readonly versions: Versions,
    private readonly abort: () => void,
  ) {}

  get(collection: string, id: string): Doc | null {
    const key = docKey(collection, id);
    const own = this.tx.writes.get(key);
    if (own) return own.doc && cloneDoc(own.doc);
    const snapshot = this.versions.snapshot(key, this.tx.start);
    if (snapshot === undefined) return this.tables.get(collection, id);
    return snapshot === null ? null : decodeDoc(snapshot);
  }

  candidates(collection: string, query: Doc | undefined): Doc[] {
    const byId = new Map<string, Doc>();
    for (const doc of this.tables.candidates(collection, query)) byId.set(idKey(doc._id), doc);
    const ownIds = [...this.tx.writes.values()].filter((w) => w.collection === collection).map((w) => w.id);
    for (const id of [...this.versions.changedSince(collection, this.tx.start), ...ownIds]) {
      const doc = this.get(collection, id);
      if (doc) byId.set(id, doc);
      else byId.delete(id);
    }
    return [...byId.values()];
  }

  /** Committed rows in index order, as long as nothing in the collection differs from them for this transaction. */
  ordered(collection: string, query: Doc | undefined, order: SortSpec): Iterable<Doc> | null {
    const own = [...this.tx.writes.values()].some((w) => w.collection === collection);
    if (own || this.versions.changedSince(collection, this.tx.start).length) return null;
    return this.tables.ordered(collection, query, order);
  }

  insert(collection: string, doc: Doc): void {
    const id = idKey(doc._id);
    if (this.get(collection, id)) throw errors.duplicateKey(collection, `{ _id: ${JSON.stringify(doc._id)} }`);
    this.write(collection, id, doc);
  }

  put(collection: string, doc: Doc): void {
    this.write(collection, idKey(doc._id), doc);
  }

  remove(collection: string, id: string): void {
    this.write(collection, id, null);
  }

  /** First writer wins: a document another open transaction has written, or one changed since this snapshot, is a conflict. */
  private write(collection: string, id: string, doc: Doc | null): void {
    const key = docKey(collection, id);
    const holder = this.versions.holder(key);
    if ((holder !== undefined && holder !== this.tx.id) || this.versions.touchedSince(key, this.tx.start)) {
      this.abort();
      throw errors.conflict();
    }
    this.versions.lock(key, this.tx.id);
    this.tx.writes.set(key, { collection, id, doc: doc && cloneDoc(doc) });
  }
}
