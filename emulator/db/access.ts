import type { Doc } from './ejson';
import type { SortSpec } from './planner';
import type { SqlUpdate } from './pushdown';
import type { Tables } from './tables';
import type { DocWrites } from './doc-writes';
import { docKey, Versions } from './versions';
import { idKey } from './stored';

/** Where operations read documents from: committed data, or a transaction's snapshot. */
export interface Source {
  get(collection: string, id: string): Doc | null;
  /** A superset of the documents matching `query`; the caller filters exactly. */
  candidates(collection: string, query: Doc | undefined): Doc[];
  /**
   * Optionally, a superset of the matches already in the order a stable sort of
   * candidates() would give, read lazily; null when that order cannot be had cheaply.
   */
  ordered?(collection: string, query: Doc | undefined, order: SortSpec): Iterable<Doc> | null;
}

/** Where operations write documents to: SQLite right away, or a transaction's buffer. */
export interface Sink {
  insert(collection: string, doc: Doc): void;
  put(collection: string, doc: Doc): void;
  remove(collection: string, id: string): void;
}

/**
 * Direct access to committed data; call inside one SQLite transaction, then flush().
 * A write to a document an open transaction has written throws WriteBlocked (the caller rolls back and waits).
 */
export class LiveAccess implements Source, Sink {
  private readonly written: [string, string | null][] = [];

  constructor(
    private readonly tables: Tables,
    private readonly versions: Versions,
    private readonly docWrites: DocWrites,
  ) {}

  get(collection: string, id: string): Doc | null {
    return this.tables.get(collection, id);
  }

  candidates(collection: string, query: Doc | undefined): Doc[] {
    return this.tables.candidates(collection, query);
  }

  ordered(collection: string, query: Doc | undefined, order: SortSpec): Iterable<Doc> | null {
    return this.tables.ordered(collection, query, order);
  }

  insert(collection: string, doc: Doc): void {
    this.versions.assertUnlocked(docKey(collection, idKey(doc._id)));
    this.tables.schema.noteArrays(collection, doc);
    this.tables.insert(collection, doc);
    this.written.push([docKey(collection, idKey(doc._id)), null]);
  }

  put(collection: string, doc: Doc): void {
    const id = idKey(doc._id);
    this.versions.assertUnlocked(docKey(collection, id));
    const before = this.tables.getRaw(collection, id);
    this.tables.schema.noteArrays(collection, doc);
    this.tables.put(collection, doc);
    this.written.push([docKey(collection, id), before]);
  }

  remove(collection: string, id: string): void {
    const before = this.tables.getRaw(collection, id);
    if (before === null) return;
    this.versions.assertUnlocked(docKey(collection, id));
    this.tables.remove(collection, id);
    this.written.push([docKey(collection, id), before]);
  }

  /** A conditional update done in SQL: the number of documents written, or null when JavaScript must do it. */
  updateInSql(collection: string, update: SqlUpdate): number | null {
    const done = this.tables.updateInSql(collection, update, this.versions.tracking);
    if (!done) return null;
    // A document an open transaction has written: the whole update waits (rolled back here, run again once it ends).
    for (const id of done.ids) this.versions.assertUnlocked(docKey(collection, id));
    done.ids.forEach((id, i) => this.written.push([docKey(collection, id), done.befores[i]]));
    return done.ids.length;
  }

  /** Publishes the writes to open transactions and the write counts, once the SQLite transaction has committed. */
  flush(): void {
    for (const [key, before] of this.written) {
      this.versions.record(key, before);
      this.docWrites.add(key);
    }
    this.written.length = 0;
  }
}
