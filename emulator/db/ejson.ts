/**
 * Extended JSON as the SDK speaks it: requests carry canonical EJSON strings
 * (`{"$numberInt":"5"}`, `{"$date":{"$numberLong":"..."}}`); responses go back as
 * EJSON strings that the SDK parses with bson's relaxed `EJSON.parse`.
 */
export type Doc = Record<string, unknown>;

const JS_REGEX_FLAGS = /[^gimsuy]/g;

function decodeSpecial(value: Doc): unknown {
  const keys = Object.keys(value);
  if (keys.length !== 1) return value;
  const inner = value[keys[0]];
  switch (keys[0]) {
    case '$numberInt':
    case '$numberLong':
    case '$numberDouble':
    case '$numberDecimal':
      return Number(inner);
    case '$date':
      if (typeof inner === 'number' || typeof inner === 'string') return new Date(inner);
      return value;
    case '$oid':
      return String(inner);
    case '$regularExpression': {
      const { pattern, options } = inner as { pattern: string; options?: string };
      return new RegExp(pattern, (options ?? '').replace(JS_REGEX_FLAGS, ''));
    }
    default:
      return value;
  }
}

/** The reviver shared by the wire and the stored form: it runs bottom-up, so `$date` sees a number. */
export function reviveSpecial(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) return decodeSpecial(value as Doc);
  return value;
}

export function parseEjson(text: string): unknown {
  return JSON.parse(text, reviveSpecial);
}

function wireReplacer(this: Doc, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) {
    const ms = raw.getTime();
    return Number.isNaN(ms) ? null : { $date: { $numberLong: String(ms) } };
  }
  if (raw instanceof RegExp) return { $regularExpression: { pattern: raw.source, options: raw.flags } };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) };
  return value;
}

export function stringifyEjson(value: unknown): string {
  return JSON.stringify(value, wireReplacer);
}

/** Replaces `db.serverDate({ offset })` markers with the emulator clock's time. */
export function resolveServerDates<T>(value: T, nowMs: number): T {
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, nowMs)) as unknown as T;
  if (!value || typeof value !== 'object' || value instanceof Date || value instanceof RegExp) return value;
  const obj = value as Doc;
  const marker = obj.$tcb_server_date as { offset?: unknown } | undefined;
  if (marker && Object.keys(obj).length === 1) {
    return new Date(nowMs + (Number(marker.offset) || 0)) as unknown as T;
  }
  const out: Doc = {};
  for (const [k, v] of Object.entries(obj)) out[k] = resolveServerDates(v, nowMs);
  return out as T;
}
