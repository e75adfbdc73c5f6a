import { Doc, parseEjson, resolveServerDates } from './ejson';
import { errors } from './errors';
import type { Selector } from './operations';
import { idKey } from './stored';

/** Typed access to the fields of one SDK request body. */
export class RequestBody {
  constructor(
    readonly body: Record<string, unknown>,
    readonly nowMs: number,
  ) {}

  /** An EJSON string (or an object) field, with serverDate markers resolved. */
  ejson(name: string): unknown {
    return this.decode(this.body[name], name);
  }

  object(name: string, required = false): Doc | undefined {
    const value = this.ejson(name);
    if (value === undefined && !required) return undefined;
    return asObject(value, name);
  }

  private decode(raw: unknown, name: string): unknown {
    if (raw === undefined || raw === null || raw === '') return undefined;
    let value: unknown = raw;
    if (typeof raw === 'string') {
      try {
        value = parseEjson(raw);
      } catch {
        throw errors.invalidParam(`${name} is not valid EJSON`);
      }
    }
    return resolveServerDates(value, this.nowMs);
  }

  /** insertDocument's `data`: a list of EJSON strings, one per document. */
  docs(name: string): Doc[] {
    const raw = this.body[name];
    const list = Array.isArray(raw) ? raw : [raw];
    if (!list.length) throw errors.invalidParam(`${name} must not be empty`);
    return list.map((item) => asObject(this.decode(item, name), `${name} items`));
  }

  int(name: string, fallback: number): number {
    const raw = this.body[name];
    if (raw === undefined || raw === null || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw errors.invalidParam(`${name} must be a non-negative integer`);
    return n;
  }

  flag(name: string, fallback: boolean): boolean {
    const raw = this.body[name];
    return raw === undefined || raw === null ? fallback : raw === true || raw === 'true';
  }

  selector(): Selector {
    const query = this.object('query') ?? {};
    if (this.body.queryType !== 'DOC') return { query };
    if (query._id === undefined || (typeof query._id === 'object' && query._id !== null)) {
      throw errors.invalidParam('a DOC query needs an _id');
    }
    return { query, byId: idKey(query._id) };
  }

  order(): Record<string, 1 | -1> | undefined {
    const raw = this.ejson('order');
    if (raw === undefined) return undefined;
    const pairs: [unknown, unknown][] = Array.isArray(raw)
      ? raw.map((o) => [(o as Doc)?.field, (o as Doc)?.direction])
      : Object.entries(raw as Doc);
    const order: Record<string, 1 | -1> = {};
    for (const [field, direction] of pairs) {
      if (typeof field !== 'string' || !field) throw errors.invalidParam('order field must be a string');
      order[field] = direction === -1 || direction === 'desc' ? -1 : 1;
    }
    return order;
  }
}

function asObject(value: unknown, name: string): Doc {
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Date || value instanceof RegExp) {
    throw errors.invalidParam(`${name} must be an object`);
  }
  return value as Doc;
}
