import type { Database } from './cloud';

export type Aggregate = ReturnType<ReturnType<Database['collection']>['aggregate']>;

/** CloudBase answers at most 1000 rows per aggregate call. */
export const AGGREGATE_PAGE = 1000;

/**
 * Every row of an aggregate, page after page. Without `.limit()` CloudBase returns a
 * default number of rows (20 in some SDKs) and never more than 1000, truncating in
 * silence; so each page is sorted by `sort` (a key unique per row, by default the group
 * key `_id`), skipped to its start and limited, until a short page ends it.
 */
export async function aggregateAll<T>(
  db: Database,
  collection: string,
  pipeline: (agg: Aggregate) => Aggregate,
  { sort = { _id: 1 }, pageSize = AGGREGATE_PAGE }: { sort?: Record<string, 1 | -1>; pageSize?: number } = {},
): Promise<T[]> {
  const rows: T[] = [];
  for (;;) {
    const res = await pipeline(db.collection(collection).aggregate()).sort(sort).skip(rows.length).limit(pageSize).end();
    const page = ((res as { data?: T[] }).data ?? []) as T[];
    rows.push(...page);
    if (page.length < pageSize) return rows;
  }
}

/**
 * The rows of an aggregate that answers at most `limit` rows (one document joined to
 * others, a few groups), in one round trip: the limit is stated, so nothing is cut off.
 * More rows than `limit` is a bug of the caller.
 */
export async function aggregateFew<T>(db: Database, collection: string, pipeline: (agg: Aggregate) => Aggregate, limit: number): Promise<T[]> {
  const res = await pipeline(db.collection(collection).aggregate()).limit(limit).end();
  return ((res as { data?: T[] }).data ?? []) as T[];
}

/** A row an aggregate answers, with the arrays its lookup stages added. */
export type JoinedRow = Record<string, unknown>;

/** A lookup stage that reads one document of `from` by id into `as` (an array of none or one). */
export const lookupById = (from: string, id: string, as: string) => ({ from, pipeline: [{ $match: { _id: id } }], as });

/** The one document a lookup stage put under `field`, or null. */
export const joinedOne = <T>(row: JoinedRow | null, field: string): T | null => ((row?.[field] as T[] | undefined)?.[0] ?? null) as T | null;

/**
 * The document `id` of `collection` with each lookup's results beside it, in one round
 * trip (one aggregate, limit 1); null when there is no such document.
 */
export async function readJoined(db: Database, collection: string, id: string, lookups: object[]): Promise<JoinedRow | null> {
  const [row] = await aggregateFew<JoinedRow>(db, collection, (agg) => lookups.reduce<Aggregate>((a, lookup) => a.lookup(lookup), agg.match({ _id: id })), 1);
  return row ?? null;
}
