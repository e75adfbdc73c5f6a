import { Query } from 'mingo';
import { Doc, parseEjson, resolveServerDates } from './ejson';
import { errors } from './errors';
import { assertGeoIndexed, geoConditions, geoNearStage } from './geo';
import { pipelineOf, QUERY_OPTIONS } from './query-options';
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
 * Rows an aggregate answers when its pipeline has no $limit stage: CloudBase's server
 * SDK cuts such an aggregate to 20 rows, in silence (developers.weixin.qq.com community
 * reports "云函数端Aggregate聚合操作limit默认20条限制", 2020, and "聚合查询默认是20条", 2021).
 */
export const AGGREGATE_DEFAULT_LIMIT = 20;

/** MongoDB's checks on a pipeline's geo stages and conditions. */
function checkGeo(tables: Tables, collection: string, stages: Doc[]): void {
  stages.forEach((stage, i) => {
    if ('$geoNear' in stage && i > 0) throw errors.requestFailed('[FailedOperation] $geoNear is only valid as the first stage in a pipeline.');
    if (stage.$match && geoConditions(stage.$match).some((c) => c.op === '$nearSphere' || c.op === '$near')) {
      throw errors.requestFailed('[FailedOperation] $geoNear, $near, and $nearSphere are not allowed in this context');
    }
  });
  if (stages[0]?.$match) assertGeoIndexed(stages[0].$match, tables.schema.geoFields(collection));
}

/**
 * Runs a pipeline with mingo. A leading $match selects its input through the
 * indexes; each $lookup reads from SQLite only the foreign documents it can match
 * (by `foreignField` among the values of `localField`, or by the leading $match of
 * its sub-pipeline), through the indexes, as the real database would; a lookup of
 * any other shape reads the other collection whole.
 */
export function runAggregate(tables: Tables, collection: string, all: Doc[]): Doc[] {
  checkGeo(tables, collection, all);
  let stages = all;
  let docs: Doc[];
  if (all[0] && '$geoNear' in all[0]) {
    const spec = (all[0].$geoNear ?? {}) as Doc;
    const query = spec.query && typeof spec.query === 'object' ? (spec.query as Doc) : {};
    const q = new Query(query, QUERY_OPTIONS);
    docs = geoNearStage(spec, tables.schema.geoFields(collection), tables.candidates(collection, query), (d) => q.test(d));
    stages = all.slice(1);
  } else {
    const first = all[0]?.$match;
    docs = tables.candidates(collection, first && typeof first === 'object' ? (first as Doc) : undefined);
  }
  // Stages run one at a time (mingo streams them the same way), so each lookup sees the documents it joins.
  let pending: Doc[] = [];
  const flush = () => {
    if (pending.length) docs = pipelineOf(pending, { collectionResolver: (name: string) => whole(tables, name) }).run(docs) as Doc[];
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
    docs = withoutNullMatches(pipelineOf([stage], { collectionResolver: (name: string) => (name === lookup.from ? foreign : whole(tables, name)) }).run(docs) as Doc[], lookup.as);
  }
  flush();
  return all.some((stage) => '$limit' in stage) ? docs : docs.slice(0, AGGREGATE_DEFAULT_LIMIT);
}

/**
 * mingo answers `[undefined]` (`[null]` in JSON) for a lookup whose localField runs through an array (`items.dealId`)
 * and matches nothing; MongoDB answers `[]`. A joined document is never null, so nulls go.
 */
function withoutNullMatches(docs: Doc[], as: unknown): Doc[] {
  if (typeof as !== 'string' || as.includes('.')) return docs;
  return docs.map((doc) => (Array.isArray(doc[as]) && (doc[as] as unknown[]).some((d) => d == null) ? { ...doc, [as]: (doc[as] as unknown[]).filter((d) => d != null) } : doc));
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
