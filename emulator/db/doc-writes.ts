import { docKey } from './versions';

export interface DocWriteCount {
  collection: string;
  id: string;
  writes: number;
}

/**
 * Committed writes per document (update, set, add, remove; a transaction's writes
 * when it commits), for load models: which document a workload hits hardest.
 * Counting is one Map increment per committed write; reading sorts nothing until asked.
 */
export class DocWrites {
  private counts = new Map<string, number>();

  /** Called by the store once a write has committed; `key` is docKey(collection, id). */
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Writes to one document since the last reset. */
  count(collection: string, id: string): number {
    return this.counts.get(docKey(collection, id)) ?? 0;
  }

  /** The `n` most written documents (of one collection, if given), most writes first. */
  top(n: number, collection?: string): DocWriteCount[] {
    return this.list(collection)
      .sort((a, b) => b.writes - a.writes)
      .slice(0, Math.max(0, n));
  }

  /** The most written document (of one collection, if given), or null when nothing was written. */
  busiest(collection?: string): DocWriteCount | null {
    let best: DocWriteCount | null = null;
    for (const c of this.list(collection)) if (!best || c.writes > best.writes) best = c;
    return best;
  }

  /** Committed writes (to one collection, if given) since the last reset. */
  total(collection?: string): number {
    return this.list(collection).reduce((sum, c) => sum + c.writes, 0);
  }

  reset(): void {
    this.counts = new Map();
  }

  private list(collection?: string): DocWriteCount[] {
    const out: DocWriteCount[] = [];
    for (const [key, writes] of this.counts) {
      const cut = key.indexOf('\u0000');
      const coll = key.slice(0, cut);
      if (collection === undefined || coll === collection) out.push({ collection: coll, id: key.slice(cut + 1), writes });
    }
    return out;
  }
}
