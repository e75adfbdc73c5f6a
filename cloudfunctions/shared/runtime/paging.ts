import type { Database } from './cloud';
import { decodeCursor, encodeCursor } from './cursor';

export interface Page<T> {
  items: T[];
  cursor?: string;
}

type SortKey = 'time' | 'number';

/**
 * One page of `collection` matching `where`, highest `field` first (ties by `_id`), after
 * an opaque cursor (the last item's key and id): no item is repeated or skipped when new
 * ones arrive between pages. `field <= last` is stated beside the exact condition, so an
 * index on (equality fields…, field, _id) serves the page from where the last one ended.
 */
async function pageBy<T extends { _id: string }>(
  db: Database,
  collection: string,
  where: object,
  field: string,
  kind: SortKey,
  cursor: string | undefined,
  size: number,
): Promise<Page<T>> {
  const _ = db.command;
  let query: object = where;
  if (cursor) {
    const after = decodeCursor(cursor);
    const at = kind === 'time' ? new Date(Number(after.k)) : Number(after.k);
    query = _.and([where, { [field]: _.lte(at) }, _.or([{ [field]: _.lt(at) }, { [field]: at, _id: _.lt(after.id) }])]);
  }
  const res = await db.collection(collection).where(query).orderBy(field, 'desc').orderBy('_id', 'desc').limit(size + 1).get();
  const docs = res.data as T[];
  const items = docs.slice(0, size);
  const last = items[items.length - 1] as (T & Record<string, unknown>) | undefined;
  if (docs.length <= size || !last) return { items };
  const key = kind === 'time' ? new Date(last[field] as Date).getTime() : Number(last[field] ?? 0);
  return { items, cursor: encodeCursor({ k: key, id: last._id }) };
}

/** Newest `timeField` first. */
export function pageByTime<T extends { _id: string }>(db: Database, collection: string, where: object, timeField: string, cursor: string | undefined, size: number): Promise<Page<T>> {
  return pageBy<T>(db, collection, where, timeField, 'time', cursor, size);
}

/** Highest `field` (a number, e.g. likes) first. */
export function pageByNumber<T extends { _id: string }>(db: Database, collection: string, where: object, field: string, cursor: string | undefined, size: number): Promise<Page<T>> {
  return pageBy<T>(db, collection, where, field, 'number', cursor, size);
}
