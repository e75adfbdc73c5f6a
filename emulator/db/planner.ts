import type { Doc } from './ejson';
import { IndexSpec, indexName, keyExpr, tableOf } from './schema';
import { idKey, storedScalar } from './stored';

/**
 * Candidate selection: turns the top-level conjunctive equality/range conditions
 * of a query into SQL on the primary key or on one expression index. The SQL
 * result is a superset of the matches (mingo filters exactly afterwards), so
 * every condition used here must be implied by the query.
 *
 * With a sort, an index that yields rows already in sort order is preferred
 * (an `ordered` plan): the caller can then stream rows and stop after `limit`
 * matches instead of reading and sorting every candidate.
 */
interface Bound {
  value: string | number;
  inclusive: boolean;
}
interface FieldCond {
  eq?: unknown[];
  lower?: Bound;
  upper?: Bound;
}

export interface Plan {
  sql: string;
  params: (string | number)[];
  /**
   * Rows come in the sort's order (up to ties, which share the same key values).
   * Such a plan selects `rowid AS r, doc` and the sort keys as `k0`, `k1`, ...
   */
  ordered?: boolean;
}

export type SortSpec = Record<string, 1 | -1>;

const MAX_IN = 500;

function isScalar(v: unknown): boolean {
  return storedScalar(v) !== null;
}

function isOperatorObject(v: unknown): v is Doc {
  if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date || v instanceof RegExp) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

function addOperator(cond: FieldCond, op: string, arg: unknown): void {
  if (op === '$eq' && isScalar(arg)) cond.eq ??= [arg];
  if (op === '$in' && Array.isArray(arg) && arg.length > 0 && arg.length <= MAX_IN && arg.every(isScalar)) cond.eq ??= arg;
  if ((op === '$gt' || op === '$gte') && isScalar(arg)) cond.lower ??= { value: storedScalar(arg)!, inclusive: op === '$gte' };
  if ((op === '$lt' || op === '$lte') && isScalar(arg)) cond.upper ??= { value: storedScalar(arg)!, inclusive: op === '$lte' };
}

export function collectConditions(query: Doc, out = new Map<string, FieldCond>()): Map<string, FieldCond> {
  for (const [field, value] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(value)) {
      for (const part of value) if (part && typeof part === 'object') collectConditions(part as Doc, out);
      continue;
    }
    if (field.startsWith('$')) continue;
    const cond = out.get(field) ?? {};
    if (isScalar(value)) cond.eq ??= [value];
    else if (isOperatorObject(value)) for (const [op, arg] of Object.entries(value)) addOperator(cond, op, arg);
    if (cond.eq || cond.lower || cond.upper) out.set(field, cond);
  }
  return out;
}

function placeholders(n: number): string {
  return n === 1 ? '= ?' : `IN (${new Array(n).fill('?').join(', ')})`;
}

function addRange(expr: string, cond: FieldCond, terms: string[], params: (string | number)[]): void {
  if (cond.lower) {
    terms.push(`${expr} ${cond.lower.inclusive ? '>=' : '>'} ?`);
    params.push(cond.lower.value);
  }
  if (cond.upper) {
    terms.push(`${expr} ${cond.upper.inclusive ? '<=' : '<'} ?`);
    params.push(cond.upper.value);
  }
}

function indexTerms(spec: IndexSpec, conds: Map<string, FieldCond>): { terms: string[]; params: (string | number)[]; score: number } {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  let score = 0;
  for (const key of spec.keys) {
    const cond = conds.get(key.field);
    if (!cond) break;
    const expr = keyExpr(key.field);
    if (cond.eq) {
      terms.push(`${expr} ${placeholders(cond.eq.length)}`);
      params.push(...cond.eq.map((v) => storedScalar(v)!));
      score += 2;
      continue;
    }
    addRange(expr, cond, terms, params);
    score += 1;
    break;
  }
  return { terms, params, score };
}

/**
 * Terms for an index whose keys are single-value equality fields of the query,
 * then exactly the sort fields in sort order, all in the index's directions or
 * all reversed (SQLite then scans it forwards or backwards without sorting).
 * An `$in` on a prefix field would give one ordered run per value, so it does not
 * qualify. The first sort field may add an equality or a range bound.
 */
function orderedTerms(spec: IndexSpec, conds: Map<string, FieldCond>, sort: [string, 1 | -1][]) {
  const keys = spec.keys;
  const terms: string[] = [];
  const params: (string | number)[] = [];
  let score = 0;
  let p = 0;
  for (; p < keys.length && keys[p].field !== sort[0][0]; p++) {
    const eq = conds.get(keys[p].field)?.eq;
    if (eq?.length !== 1) return null;
    terms.push(`${keyExpr(keys[p].field)} = ?`);
    params.push(storedScalar(eq[0])!);
    score += 2;
  }
  if (p + sort.length > keys.length) return null;
  const reversed = keys[p].direction !== sort[0][1];
  for (let i = 0; i < sort.length; i++) {
    const key = keys[p + i];
    if (key.field !== sort[i][0] || (key.direction !== sort[i][1]) !== reversed) return null;
  }
  const first = conds.get(sort[0][0]);
  const expr = keyExpr(sort[0][0]);
  if (first?.eq?.length === 1) {
    terms.push(`${expr} = ?`);
    params.push(storedScalar(first.eq[0])!);
    score += 2;
  } else if (first?.lower || first?.upper) {
    addRange(expr, first, terms, params);
    score += 1;
  }
  return { terms, params, score };
}

function orderedPlan(collection: string, conds: Map<string, FieldCond>, indexes: IndexSpec[], order: SortSpec) {
  const sort = Object.entries(order);
  if (!sort.length) return null;
  let best: { terms: string[]; params: (string | number)[]; score: number; index: string } | null = null;
  for (const spec of indexes) {
    const candidate = orderedTerms(spec, conds, sort);
    if (candidate && (!best || candidate.score > best.score)) best = { ...candidate, index: indexName(collection, spec.name) };
  }
  if (!best) return null;
  const keys = sort.map(([field], i) => `${keyExpr(field)} AS k${i}`).join(', ');
  const where = best.terms.length ? ` WHERE ${best.terms.join(' AND ')}` : '';
  const orderBy = sort.map(([field, dir]) => `${keyExpr(field)} ${dir === -1 ? 'DESC' : 'ASC'}`).join(', ');
  const sql = `SELECT rowid AS r, doc, ${keys} FROM ${tableOf(collection)} INDEXED BY ${best.index}${where} ORDER BY ${orderBy}`;
  return { plan: { sql, params: best.params, ordered: true }, score: best.score };
}

export function planQuery(collection: string, query: Doc | undefined, indexes: IndexSpec[], order?: SortSpec): Plan {
  const base = `SELECT _id, doc FROM ${tableOf(collection)}`;
  const conds = collectConditions(query ?? {});
  const ids = conds.get('_id')?.eq;
  if (ids && ids.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return { sql: `${base} WHERE _id ${placeholders(ids.length)} ORDER BY rowid`, params: ids.map(idKey) };
  }
  let best = { terms: [] as string[], params: [] as (string | number)[], score: 0, index: '' };
  for (const spec of indexes) {
    const candidate = indexTerms(spec, conds);
    if (candidate.score > best.score) best = { ...candidate, index: indexName(collection, spec.name) };
  }
  // Without statistics, read in sort order unless another index filters strictly better
  // (say by user where the ordered index only has the status): that one reads fewer rows.
  const ordered = order ? orderedPlan(collection, conds, indexes, order) : null;
  if (ordered && ordered.score >= best.score) return ordered.plan;
  if (!best.terms.length) return { sql: `${base} ORDER BY rowid`, params: [] };
  // Without statistics SQLite may prefer a rowid-ordered scan over a range search: name the index.
  return { sql: `${base} INDEXED BY ${best.index} WHERE ${best.terms.join(' AND ')} ORDER BY rowid`, params: best.params };
}
