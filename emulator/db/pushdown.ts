import type { Doc } from './ejson';
import { normalizeModifier } from './modifier';
import type { ModifyOptions, Selector } from './operations';
import { FIELD, IndexSpec, keyExpr } from './schema';
import { decodeDoc, encodeDoc, storedScalar } from './stored';

/**
 * Simple conditional updates done in SQL (the hot-document pattern
 * `where({ _id, n: _.gte(k) }).update({ n: _.inc(-k) })`): the match in the
 * UPDATE's WHERE (json_extract), the write in its SET (json_set), instead of
 * decoding the document and running mingo on it.
 *
 * Pushed down: a query that is a conjunction of top-level or dotted fields, each
 * compared with $eq/$ne (number, string, boolean, date) or $gt/$gte/$lt/$lte (number, date),
 * addressed by one string `_id` or, for a multi-document update, by an equality on
 * the first field of a usable index; a modifier of $inc by safe integers, $set
 * of scalars (number, string, boolean, null, date; a dotted $set only onto an
 * existing scalar) and $push of values (one, or `$each`) onto an array or a missing
 * top-level field under no index. Anything else is not planned (null) and runs in
 * JavaScript.
 *
 * A planned update is exact only on documents whose fields hold types SQL judges
 * as mingo does (`exact`): no arrays on the paths, no objects or non-integer
 * numbers at the compared fields, dates of years 0-9999 where dates are compared,
 * $inc only on integers staying within ±2^53-1.
 * The caller checks `exact` on every addressed document first and runs the whole
 * update in JavaScript when one fails it.
 */
export type SqlValue = string | number | bigint;

export interface Sql {
  text: string;
  params: SqlValue[];
}

export interface SqlUpdate {
  /** The rows addressed: a superset of the matches (`_id = ?`, or an indexed equality). */
  scope: Sql;
  /** True on a row where `match` and `next` give exactly what mingo would. */
  exact: Sql;
  /** The query. */
  match: Sql;
  /** The updated document. */
  next: Sql;
  /** A matched document may come out unchanged ($set to its value, $inc by 0): it is then not written nor counted. */
  mayBeUnchanged: boolean;
  /** Addressed by one `_id`: at most one row. */
  singleId: boolean;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const RANGE: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

class Terms {
  readonly terms: string[] = [];
  readonly params: SqlValue[] = [];

  add(text: string, ...params: SqlValue[]): void {
    this.terms.push(text);
    this.params.push(...params);
  }

  sql(): Sql {
    return { text: this.terms.length ? `(${this.terms.join(' AND ')})` : '1', params: this.params };
  }
}

/** The JSON type at a path, '' when missing (never NULL, so that NOT works on it). */
const typeAt = (path: string) => `ifnull(json_type(doc, '$.${path}'), '')`;
const valueAt = (path: string) => keyExpr(path);

function plainString(v: unknown): v is string {
  // Dates are stored as strings starting with \u0001; SQLite binds lone surrogates as U+FFFD.
  return typeof v === 'string' && !v.startsWith('\u0001') && !LONE_SURROGATE.test(v);
}

function isOperatorObject(v: unknown): v is Doc {
  if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date || v instanceof RegExp) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

/** A field's conditions as [operator, value] pairs, or null when the query is not a plain conjunction of fields. */
function conditions(query: Doc): Map<string, [string, unknown][]> | null {
  const out = new Map<string, [string, unknown][]>();
  for (const [field, value] of Object.entries(query)) {
    if (!FIELD.test(field)) return null;
    out.set(field, isOperatorObject(value) ? Object.entries(value) : [['$eq', value]]);
  }
  return out;
}

/** One comparison in SQL, exact where the field is not an array, object or non-integer number; null if not pushable. */
function comparison(path: string, op: string, v: unknown): string | null {
  const value = valueAt(path);
  const type = typeAt(path);
  let eq: string;
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (RANGE[op]) return `(${type} = 'integer' AND ${value} ${RANGE[op]} ?)`;
    eq = `(${type} = 'integer' AND ${value} = ?)`;
  } else if (isoDate(v)) {
    // Stored dates are '\u0001D:' + ISO text, which sorts in time order (see storedDate below).
    if (RANGE[op]) return `(${type} = 'text' AND ${value} GLOB ${DATE_GLOB} AND ${value} ${RANGE[op]} ?)`;
    eq = `(${type} = 'text' AND ${value} GLOB ${DATE_GLOB} AND ${value} = ?)`;
  } else if (plainString(v)) eq = `(${type} = 'text' AND ${value} = ?)`;
  else if (typeof v === 'boolean') eq = `${type} = '${v ? 'true' : 'false'}'`;
  else return null;
  if (op === '$eq') return eq;
  if (op === '$ne') return `NOT ${eq}`;
  return null;
}

function paramOf(v: unknown): SqlValue[] {
  if (v instanceof Date) return [storedScalar(v)!];
  return typeof v === 'number' || typeof v === 'string' ? [v] : [];
}

/** A stored date of years 0-9999: fixed-width ISO text, so text order is time order. */
const DATE_GLOB = "char(1) || 'D:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'";

function isoDate(v: unknown): v is Date {
  if (!(v instanceof Date) || Number.isNaN(v.getTime())) return false;
  const year = v.getUTCFullYear();
  return year >= 0 && year <= 9999;
}

/** Exact for date comparisons: a date stored at the path is one of years 0-9999. */
function storedDate(path: string): string {
  return `NOT (${typeAt(path)} = 'text' AND substr(${valueAt(path)}, 1, 3) = char(1) || 'D:' AND NOT ${valueAt(path)} GLOB ${DATE_GLOB})`;
}

function prefixesOf(path: string): string[] {
  const parts = path.split('.');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** The JSON text json_set inserts for a $set value, or null when it is not a scalar. */
function setValue(v: unknown): string | null {
  // A string spelled like the store's date encoding is left to JavaScript, which reads it back as a date.
  if (typeof v === 'string') return v.startsWith('\u0001') ? null : JSON.stringify(v);
  if (v === null || typeof v === 'boolean') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : null;
  if (v instanceof Date) {
    const stored = storedScalar(v);
    return stored === null ? null : JSON.stringify(stored);
  }
  return null;
}

function conflicting(paths: string[]): boolean {
  for (const a of paths) for (const b of paths) if (a !== b && (a.startsWith(`${b}.`) || a === b)) return true;
  return new Set(paths).size !== paths.length;
}

/** A value's stored JSON, or null when the store would not read it back as itself (so a later write would re-encode it). */
function storedJson(v: unknown): string | null {
  if (v === undefined) return null;
  const json = encodeDoc(v as Doc);
  return encodeDoc(decodeDoc(json)) === json ? json : null;
}

/** The elements `$push` appends: `{ $each: [...] }` (no $slice/$sort/$position) or one value; null if not pushable. */
function pushed(v: unknown): string[] | null {
  const plain = !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);
  const modifiers = plain && Object.keys(v as Doc).some((k) => k.startsWith('$'));
  const each = modifiers ? (Object.keys(v as Doc).length === 1 && Array.isArray((v as Doc).$each) ? ((v as Doc).$each as unknown[]) : null) : [v];
  if (!each?.length) return null;
  const out = each.map(storedJson);
  return out.every((j): j is string => j !== null) ? out : null;
}

function planModifier(data: Doc, exact: Terms, indexes: IndexSpec[]): { next: Sql; mayBeUnchanged: boolean } | null {
  let modifier: Doc;
  try {
    modifier = normalizeModifier(data);
  } catch {
    return null;
  }
  const entries = Object.entries(modifier);
  const known = ['$inc', '$set', '$push'];
  if (!entries.length || entries.some(([op, fields]) => !known.includes(op) || !fields || typeof fields !== 'object' || Array.isArray(fields))) return null;
  const inc = Object.entries((modifier.$inc ?? {}) as Doc);
  const set = Object.entries((modifier.$set ?? {}) as Doc);
  const push = Object.entries((modifier.$push ?? {}) as Doc);
  const paths = [...inc, ...set, ...push].map(([p]) => p);
  if (!paths.length || paths.some((p) => !FIELD.test(p) || p.split('.')[0] === '_id') || conflicting(paths)) return null;

  const args: string[] = [];
  const params: SqlValue[] = [];
  let mayBeUnchanged = set.length > 0;
  for (const [path, k] of inc) {
    if (!Number.isSafeInteger(k)) return null;
    const by = k as number;
    if (by === 0) mayBeUnchanged = true;
    // Integers, before and after, within ±2^53-1: SQLite's integer sum is then JavaScript's.
    exact.add(`${typeAt(path)} = 'integer'`);
    exact.add(`${valueAt(path)} BETWEEN ? AND ?`, BigInt(Math.max(-MAX_SAFE, -MAX_SAFE - by)), BigInt(Math.min(MAX_SAFE, MAX_SAFE - by)));
    args.push(`'$.${path}', ${valueAt(path)} + ?`);
    params.push(BigInt(by));
  }
  for (const [path, v] of set) {
    const json = setValue(v);
    if (json === null) return null;
    // A dotted $set writes onto an existing scalar: its parents are then plain objects, as mingo sees them.
    if (path.includes('.')) exact.add(`${typeAt(path)} NOT IN ('', 'array', 'object')`);
    args.push(`'$.${path}', json(?)`);
    params.push(json);
  }
  for (const [path, v] of push) {
    const items = pushed(v);
    // An array under an indexed path makes the index multikey: the JavaScript path notes that.
    if (!items || indexes.some((spec) => spec.keys.some((k) => k.field === path || k.field.startsWith(`${path}.`)))) return null;
    exact.add(path.includes('.') ? `${typeAt(path)} = 'array'` : `${typeAt(path)} IN ('array', '')`);
    const appends = items.map(() => `'$[#]', json(?)`).join(', ');
    args.push(`'$.${path}', json_insert(ifnull(json_extract(doc, '$.${path}'), '[]'), ${appends})`);
    params.push(...items);
  }
  return { next: { text: `json_set(doc, ${args.join(', ')})`, params }, mayBeUnchanged };
}

/** The SQL for a simple conditional update, or null when it must run in JavaScript. */
export function planSqlUpdate(sel: Selector, opts: ModifyOptions, indexes: IndexSpec[]): SqlUpdate | null {
  if (!opts.merge || opts.upsert) return null;
  const conds = conditions(sel.query);
  if (!conds) return null;
  const exact = new Terms();
  const match = new Terms();
  let scope: Sql | null = null;

  const id = conds.get('_id');
  if (id) {
    if (id.length !== 1 || id[0][0] !== '$eq' || !plainString(id[0][1])) return null;
    scope = { text: '_id = ?', params: [id[0][1]] };
    match.add(`${typeAt('_id')} = 'text'`);
  } else if (sel.byId !== undefined) return null;
  for (const [path, list] of conds) {
    if (path === '_id') continue;
    for (const prefix of prefixesOf(path)) exact.add(`${typeAt(prefix)} <> 'array'`);
    exact.add(`${typeAt(path)} NOT IN ('array', 'object', 'real')`);
    if (list.some(([, v]) => v instanceof Date)) exact.add(storedDate(path));
    for (const [op, v] of list) {
      const term = comparison(path, op, v);
      if (!term) return null;
      match.add(term, ...paramOf(v));
    }
  }
  if (!scope) {
    if (!opts.multi) return null;
    scope = indexedScope(conds, indexes);
    if (!scope) return null;
  }
  const modifier = planModifier(opts.data, exact, indexes);
  if (!modifier) return null;
  return { scope, exact: exact.sql(), match: match.sql(), ...modifier, singleId: !!id };
}

/**
 * An equality on the first field of an index no document holds an array under:
 * json_extract equal to the value then includes every document mingo matches.
 */
function indexedScope(conds: Map<string, [string, unknown][]>, indexes: IndexSpec[]): Sql | null {
  for (const spec of indexes) {
    const field = spec.keys[0].field;
    const eq = conds.get(field)?.find(([op, v]) => op === '$eq' && (typeof v === 'number' || typeof v === 'boolean' || plainString(v)));
    if (eq) return { text: `${keyExpr(field)} = ?`, params: [storedScalar(eq[1])!] };
  }
  return null;
}
