import { Aggregator } from 'mingo';
import { Doc, parseEjson, resolveServerDates } from './ejson';
import { errors } from './errors';
import type { Tables } from './tables';

/** The SDK sends each stage as `{ stageKey: '$match', stageValue: '<EJSON or JSON>' }`. */
export function parseStages(raw: unknown, nowMs: number): Doc[] {
  if (!Array.isArray(raw)) throw errors.invalidParam('stages must be an array');
  return raw.map((stage) => {
    const { stageKey, stageValue } = (stage ?? {}) as { stageKey?: unknown; stageValue?: unknown };
    if (typeof stageKey !== 'string' || !stageKey.startsWith('$')) throw errors.invalidParam('invalid stage key');
    let value: unknown = stageValue;
    if (typeof stageValue === 'string') {
      try {
        value = parseEjson(stageValue);
      } catch {
        throw errors.invalidParam(`invalid ${stageKey} stage`);
      }
    }
    return { [stageKey]: resolveServerDates(value, nowMs) };
  });
}

/**
 * Runs a pipeline with mingo. A leading $match selects its input through the
 * indexes; each $lookup reads from SQLite only the foreign documents it can match
 * (by `foreignField` among the values of `localField`, or by the leading $match of
 * its sub-pipeline), through the indexes, as the real database would; a lookup of
 * any other shape reads the other collection whole.
 */
export function runAggregate(tables: Tables, collection: string, stages: Doc[]): Doc[] {
  const first = stages[0]?.$match;
  let docs = tables.candidates(collection, first && typeof first === 'object' ? (first as Doc) : undefined);
  // Stages run one at a time (mingo streams them the same way), so each lookup sees the documents it joins.
  let pending: Doc[] = [];
  const flush = () => {
    if (pending.length) docs = new Aggregator(pending, { collectionResolver: (name: string) => whole(tables, name) }).run(docs) as Doc[];
    pending = [];
  };
  for (const stage of stages) {
    const lookup = stage.$lookup as Doc | undefined;
    if (!lookup || typeof lookup.from !== 'string') {
      pending.push(stage);
      continue;
    }
    flush();
    const foreign = lookupCandidates(tables, lookup, docs);
    docs = new Aggregator([stage], { collectionResolver: (name: string) => (name === lookup.from ? foreign : whole(tables, name)) }).run(docs) as Doc[];
  }
  flush();
  return docs;
}

const whole = (tables: Tables, name: string): Doc[] => (tables.schema.has(name) ? tables.candidates(name, undefined) : []);

/** A superset of the foreign documents `lookup` can join to `docs`. */
function lookupCandidates(tables: Tables, lookup: Doc, docs: Doc[]): Doc[] {
  const from = lookup.from as string;
  if (!tables.schema.has(from)) return [];
  if (typeof lookup.localField === 'string' && typeof lookup.foreignField === 'string') {
    const values = new Set<unknown>();
    for (const doc of docs) for (const v of valuesAt(doc, lookup.localField.split('.'))) if (v !== undefined && v !== null && typeof v !== 'object') values.add(v);
    if (!values.size) return [];
    return tables.candidates(from, { [lookup.foreignField]: { $in: [...values] } });
  }
  const lead = Array.isArray(lookup.pipeline) ? (lookup.pipeline[0] as Doc | undefined)?.$match : undefined;
  if (lead && typeof lead === 'object' && !('$expr' in (lead as Doc)) && !JSON.stringify(lead).includes('$$')) return tables.candidates(from, lead as Doc);
  return whole(tables, from);
}

/** The values at a dotted path, through arrays (as MongoDB's localField reads them). */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (!path.length) return [value];
  if (!value || typeof value !== 'object') return [];
  return valuesAt((value as Doc)[path[0]], path.slice(1));
}
