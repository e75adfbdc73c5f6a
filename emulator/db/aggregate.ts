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
 * indexes; $lookup reads the other collection (all of it) from SQLite.
 */
export function runAggregate(tables: Tables, collection: string, stages: Doc[]): Doc[] {
  const first = stages[0]?.$match;
  const input = tables.candidates(collection, first && typeof first === 'object' ? (first as Doc) : undefined);
  const collectionResolver = (name: string) => (tables.schema.has(name) ? tables.candidates(name, undefined) : []);
  return new Aggregator(stages, { collectionResolver }).run(input) as Doc[];
}
