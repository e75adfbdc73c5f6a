import type { Doc } from './ejson';
import { IndexSpec, indexName, keyExpr, tableOf } from './schema';
import { idKey, storedScalar } from './stored';

/**
 * Candidate selection: turns the top-level conjunctive equality/range conditions
 * of a query into SQL on the primary key or on one expression index. The SQL
 * result is a superset of the matches (mingo filters exactly afterwards), so
 * every condition used here must be implied by the query.
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
}

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
    if (cond.lower) {
      terms.push(`${expr} ${cond.lower.inclusive ? '>=' : '>'} ?`);
      params.push(cond.lower.value);
    }
    if (cond.upper) {
      terms.push(`${expr} ${cond.upper.inclusive ? '<=' : '<'} ?`);
      params.push(cond.upper.value);
    }
    score += 1;
    break;
  }
  return { terms, params, score };
}

export function planQuery(collection: string, query: Doc | undefined, indexes: IndexSpec[]): Plan {
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
  if (!best.terms.length) return { sql: `${base} ORDER BY rowid`, params: [] };
  // Without statistics SQLite may prefer a rowid-ordered scan over a range search: name the index.
  return { sql: `${base} INDEXED BY ${best.index} WHERE ${best.terms.join(' AND ')} ORDER BY rowid`, params: best.params };
}
