import type { Doc } from './ejson';
import { errors } from './errors';

/**
 * MongoDB's `$jsonSchema` query operator (draft 4 with `bsonType`): the keywords
 * MongoDB supports for queries, enough for `db.command.jsonSchema(...)`.
 * `$ref`, `$schema`, `default`, `definitions`, `format` and `id` are refused, as MongoDB does.
 */
type Check = (v: unknown) => boolean;

const UNSUPPORTED = ['$ref', '$schema', 'default', 'definitions', 'format', 'id'];

function bsonTypeOf(v: unknown): string[] {
  if (v === null) return ['null'];
  if (Array.isArray(v)) return ['array'];
  if (v instanceof Date) return ['date'];
  if (v instanceof RegExp) return ['regex'];
  switch (typeof v) {
    case 'string':
      return ['string'];
    case 'boolean':
      return ['bool'];
    case 'number':
      return Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? ['int', 'number', 'double'] : Number.isInteger(v) ? ['long', 'number', 'double'] : ['double', 'number'];
    case 'object':
      return ['object'];
    default:
      return [];
  }
}

function jsonTypeOf(v: unknown): string[] {
  if (v === null) return ['null'];
  if (Array.isArray(v)) return ['array'];
  if (typeof v === 'number') return Number.isInteger(v) ? ['integer', 'number'] : ['number'];
  if (typeof v === 'string') return ['string'];
  if (typeof v === 'boolean') return ['boolean'];
  if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof RegExp)) return ['object'];
  return [];
}

const isObj = (v: unknown): v is Doc => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);
const list = (v: unknown) => (Array.isArray(v) ? v : [v]) as string[];

export function compileSchema(schema: unknown): Check {
  if (!isObj(schema)) throw errors.invalidParam('$jsonSchema must be an object');
  for (const k of UNSUPPORTED) if (k in schema) throw errors.requestFailed(`[FailedOperation] $jsonSchema keyword '${k}' is not currently supported`);
  const checks: Check[] = [];
  const s = schema;
  if (s.bsonType !== undefined) checks.push((v) => list(s.bsonType).some((t) => bsonTypeOf(v).includes(t)));
  if (s.type !== undefined) checks.push((v) => list(s.type).some((t) => jsonTypeOf(v).includes(t)));
  if (Array.isArray(s.enum)) checks.push((v) => (s.enum as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(v)));
  const num = (f: (n: number) => boolean): Check => (v) => typeof v !== 'number' || f(v);
  if (typeof s.minimum === 'number') checks.push(num((n) => (s.exclusiveMinimum === true ? n > (s.minimum as number) : n >= (s.minimum as number))));
  if (typeof s.maximum === 'number') checks.push(num((n) => (s.exclusiveMaximum === true ? n < (s.maximum as number) : n <= (s.maximum as number))));
  if (typeof s.multipleOf === 'number') checks.push(num((n) => n % (s.multipleOf as number) === 0));
  const str = (f: (x: string) => boolean): Check => (v) => typeof v !== 'string' || f(v);
  if (typeof s.minLength === 'number') checks.push(str((x) => [...x].length >= (s.minLength as number)));
  if (typeof s.maxLength === 'number') checks.push(str((x) => [...x].length <= (s.maxLength as number)));
  if (typeof s.pattern === 'string') {
    const re = new RegExp(s.pattern, 'u');
    checks.push(str((x) => re.test(x)));
  }
  const arr = (f: (x: unknown[]) => boolean): Check => (v) => !Array.isArray(v) || f(v);
  if (typeof s.minItems === 'number') checks.push(arr((x) => x.length >= (s.minItems as number)));
  if (typeof s.maxItems === 'number') checks.push(arr((x) => x.length <= (s.maxItems as number)));
  if (s.uniqueItems === true) checks.push(arr((x) => new Set(x.map((e) => JSON.stringify(e))).size === x.length));
  if (isObj(s.items)) {
    const item = compileSchema(s.items);
    checks.push(arr((x) => x.every(item)));
  }
  const obj = (f: (x: Doc) => boolean): Check => (v) => !isObj(v) || f(v);
  if (Array.isArray(s.required)) checks.push(obj((x) => (s.required as string[]).every((k) => x[k] !== undefined)));
  if (typeof s.minProperties === 'number') checks.push(obj((x) => Object.keys(x).length >= (s.minProperties as number)));
  if (typeof s.maxProperties === 'number') checks.push(obj((x) => Object.keys(x).length <= (s.maxProperties as number)));
  const props = isObj(s.properties) ? Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, compileSchema(v)])) : {};
  checks.push(obj((x) => Object.entries(props).every(([k, check]) => x[k] === undefined || check(x[k]))));
  if (s.additionalProperties === false) checks.push(obj((x) => Object.keys(x).every((k) => k in props)));
  else if (isObj(s.additionalProperties)) {
    const extra = compileSchema(s.additionalProperties);
    checks.push(obj((x) => Object.entries(x).every(([k, v]) => k in props || extra(v))));
  }
  const subs = (k: string) => (Array.isArray(s[k]) ? (s[k] as unknown[]).map(compileSchema) : null);
  const all = subs('allOf');
  const any = subs('anyOf');
  const one = subs('oneOf');
  if (all) checks.push((v) => all.every((c) => c(v)));
  if (any) checks.push((v) => any.some((c) => c(v)));
  if (one) checks.push((v) => one.filter((c) => c(v)).length === 1);
  if (isObj(s.not)) {
    const not = compileSchema(s.not);
    checks.push((v) => !not(v));
  }
  return (v) => checks.every((c) => c(v));
}
