/**
 * Before-images of documents written while transactions are open, so that a
 * transaction can read every document as of its start and detect writes made
 * by others after it. Writes are numbered by `seq`; a transaction remembers the
 * seq at its start. Nothing is kept while no transaction is open.
 */
interface Change {
  seq: number;
  /** The stored JSON before this write, null if the document did not exist. */
  before: string | null;
}

export function docKey(collection: string, id: string): string {
  return `${collection}\u0000${id}`;
}

/**
 * An outside (non-transactional) write reached a document an open transaction
 * has written. MongoDB, under CloudBase, makes such a write wait until that
 * transaction commits or aborts (SERVER-34650); the store rolls the write back
 * and runs it again once the transaction has ended.
 */
export class WriteBlocked extends Error {
  constructor(readonly txId: string) {
    super(`write waits for transaction ${txId}`);
  }
}

export class Versions {
  private seq = 0;
  private readonly history = new Map<string, Change[]>();
  private readonly starts = new Map<string, number>();
  /** Write locks: a document an open transaction has written, and that transaction's id. */
  private readonly locks = new Map<string, string>();

  begin(txId: string): number {
    this.starts.set(txId, this.seq);
    return this.seq;
  }

  end(txId: string): void {
    this.starts.delete(txId);
    this.prune();
  }

  /** Whether writes must record their before-images (some transaction is open). */
  get tracking(): boolean {
    return this.starts.size > 0;
  }

  /** The open transaction holding the write lock on a document, if any. */
  holder(key: string): string | undefined {
    return this.locks.size ? this.locks.get(key) : undefined;
  }

  lock(key: string, txId: string): void {
    this.locks.set(key, txId);
  }

  unlock(keys: Iterable<string>, txId: string): void {
    for (const key of keys) if (this.locks.get(key) === txId) this.locks.delete(key);
  }

  /** Throws WriteBlocked when a write outside transactions reaches a document a transaction holds. */
  assertUnlocked(key: string): void {
    const holder = this.holder(key);
    if (holder !== undefined) throw new WriteBlocked(holder);
  }

  record(key: string, before: string | null): void {
    const seq = ++this.seq;
    if (this.starts.size === 0) return;
    const list = this.history.get(key);
    if (list) list.push({ seq, before });
    else this.history.set(key, [{ seq, before }]);
  }

  touchedSince(key: string, start: number): boolean {
    const list = this.history.get(key);
    return !!list && list[list.length - 1].seq > start;
  }

  /** The stored JSON as of `start` (null: absent), or undefined when unchanged since. */
  snapshot(key: string, start: number): string | null | undefined {
    return this.history.get(key)?.find((c) => c.seq > start)?.before;
  }

  /** Ids in `collection` written after `start`. */
  changedSince(collection: string, start: number): string[] {
    const prefix = docKey(collection, '');
    const ids: string[] = [];
    for (const [key, list] of this.history) {
      if (key.startsWith(prefix) && list[list.length - 1].seq > start) ids.push(key.slice(prefix.length));
    }
    return ids;
  }

  private prune(): void {
    if (this.starts.size === 0) {
      this.history.clear();
      return;
    }
    const oldest = Math.min(...this.starts.values());
    for (const [key, list] of this.history) {
      const kept = list.filter((c) => c.seq > oldest);
      if (kept.length) this.history.set(key, kept);
      else this.history.delete(key);
    }
  }
}
