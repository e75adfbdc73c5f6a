import type { Doc } from './ejson';
import { errors } from './errors';

/**
 * MongoDB's maximum BSON document size, 16 MiB: CloudBase's database is MongoDB and
 * documents no smaller figure of its own, so a document larger than this is refused
 * on insert and on update, as MongoDB refuses it.
 */
export const MAX_DOC_BYTES = 16 * 1024 * 1024;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** The size of a value as a BSON element's payload. */
function valueSize(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'boolean') return 1;
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? 4 : 8;
  if (typeof v === 'bigint') return 8;
  if (typeof v === 'string') return 4 + utf8(v) + 1;
  if (v instanceof Date) return 8;
  if (v instanceof RegExp) return utf8(v.source) + 1 + utf8(v.flags) + 1;
  if (Array.isArray(v)) return 5 + v.reduce<number>((n, item, i) => n + 1 + String(i).length + 1 + valueSize(item), 0);
  if (typeof v === 'object') return bsonSize(v as Doc);
  return 0;
}

/** A document's BSON size in bytes. */
export function bsonSize(doc: Doc): number {
  let n = 5;
  for (const [k, v] of Object.entries(doc)) if (v !== undefined) n += 1 + utf8(k) + 1 + valueSize(v);
  return n;
}

/**
 * Refuses a document over 16 MiB with the error MongoDB gives (as CloudBase passes it
 * on). `encoded` is the document's stored JSON: BSON is at most ~5 times larger (a
 * small integer in an array), so a short one is accepted without measuring.
 */
export function assertDocSize(doc: Doc, encoded: string): void {
  if (encoded.length * 5 < MAX_DOC_BYTES) return;
  const size = bsonSize(doc);
  if (size > MAX_DOC_BYTES) throw errors.documentTooLarge(size);
}
