import { Context, Query } from 'mingo';
import type { Aggregator } from 'mingo';
import { dateExpressionOps } from './date-ops';
import { geoQueryOps } from './geo';
import { compileSchema } from './json-schema';

type Options = NonNullable<ConstructorParameters<typeof Query>[1]>;
type Ops = Record<string, unknown>;

/** mingo's options for every query of the store: geo operators and $jsonSchema, as MongoDB has them. */
export const QUERY_OPTIONS: Options = {
  context: Context.init({ query: geoQueryOps as never }),
  jsonSchemaValidator: (schema: unknown) => compileSchema(schema),
};

// mingo's subpath exports resolve at runtime; this project's TypeScript resolution (node) cannot name them.
/* eslint-disable @typescript-eslint/no-var-requires */
const ops = (name: string) => require(`mingo/operators/${name}`) as Ops;
const AggregatorBase = require('mingo/aggregator').Aggregator as typeof Aggregator;
/* eslint-enable @typescript-eslint/no-var-requires */

/**
 * The operators of pipelines: mingo's, with the date operators it gets wrong replaced
 * (date-ops.ts). mingo's `Aggregator` puts its own operators before any given ones, so
 * pipelines run on its base class with this whole context.
 */
const PIPELINE_CONTEXT = Context.init({
  accumulator: ops('accumulator') as never,
  expression: { ...ops('expression'), ...dateExpressionOps } as never,
  pipeline: ops('pipeline') as never,
  projection: ops('projection') as never,
  query: { ...ops('query'), ...geoQueryOps } as never,
  window: ops('window') as never,
});

export function pipelineOf(stages: Record<string, unknown>[], options: Options = {}): Aggregator {
  return new AggregatorBase(stages, { ...QUERY_OPTIONS, ...options, context: PIPELINE_CONTEXT });
}
