import { Doc, reviveSpecial } from './ejson';

/**
 * Documents are stored as plain JSON. Dates become prefixed ISO strings rather
 * than `{ $date }` objects so that `json_extract` yields a scalar that sorts in
 * time order: an index on a date field then works like one on a number.
 */
const DATE_PREFIX = '\u0001D:';

export function storedScalar(value: unknown): string | number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : DATE_PREFIX + value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  return null;
}

function storedReplacer(this: Doc, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) return storedScalar(raw);
  if (raw instanceof RegExp) return { $regularExpression: { pattern: raw.source, options: raw.flags } };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) };
  return value;
}

export function encodeDoc(doc: Doc): string {
  return JSON.stringify(doc, storedReplacer);
}

function storedReviver(key: string, value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith(DATE_PREFIX)) return new Date(value.slice(DATE_PREFIX.length));
  return reviveSpecial(key, value);
}

export function decodeDoc(json: string): Doc {
  return JSON.parse(json, storedReviver) as Doc;
}

export function cloneDoc(doc: Doc): Doc {
  return decodeDoc(encodeDoc(doc));
}

/** The primary-key column: CloudBase ids are strings; a numeric `doc(5)` maps to '5'. */
export function idKey(id: unknown): string {
  return typeof id === 'string' ? id : JSON.stringify(id);
}
