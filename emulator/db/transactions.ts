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
  start: number;
  touchedAt: number;
  writes: Map<string, Write>;
}

/**
 * Interactive transactions spanning several requests. Reads see the data as of
 * the start plus the transaction's own writes; writes are buffered until commit.
 */
export class Transactions {
  private readonly open = new Map<string, TxState>();

  constructor(
    private readonly tables: Tables,
    private readonly versions: Versions,
    private readonly timeoutMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  start(): string {
    const id = randomBytes(16).toString('hex');
    this.open.set(id, { id, start: this.versions.begin(id), touchedAt: this.clock(), writes: new Map() });
    return id;
  }

  access(id: unknown): TxAccess {
    const tx = this.require(id);
    tx.touchedAt = this.clock();
    return new TxAccess(tx, this.tables, this.versions, () => this.abort(tx.id));
  }

  /** Removes the transaction for commit; the caller must call finish() afterwards. */
  take(id: unknown): TxState {
    const tx = this.require(id);
    this.open.delete(tx.id);
    return tx;
  }

  finish(tx: TxState): void {
    this.versions.end(tx.id);
  }

  abort(id: unknown): void {
    this.finish(this.take(id));
  }

  /** Drops transactions whose client went quiet (it died, or never committed). */
  sweep(): void {
    const now = this.clock();
    for (const tx of [...this.open.values()]) if (now - tx.touchedAt > this.timeoutMs) this.abort(tx.id);
  }

  touchedSince(key: string, start: number): boolean {
    return this.versions.touchedSince(key, start);
  }

  get size(): number {
    return this.open.size;
  }

  private require(id: unknown): TxState {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!tx) throw errors.transactionNotExist(id);
    return tx;
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

  private write(collection: string, id: string, doc: Doc | null): void {
    const key = docKey(collection, id);
    if (this.versions.touchedSince(key, this.tx.start)) {
      this.abort();
      throw errors.conflict();
    }
    this.tx.writes.set(key, { collection, id, doc: doc && cloneDoc(doc) });
  }
}
