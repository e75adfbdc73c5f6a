import { parseEjson } from '../db/ejson';

/**
 * The console shows documents as plain JSON with the types JSON lacks spelled out:
 * a date is `{"$date": "2026-12-02T08:00:00.000Z"}`, a regular expression
 * `{"$regularExpression": {...}}`, a non-finite number `{"$numberDouble": "Infinity"}`.
 * The same spelling is read back (with everything the SDK's EJSON also says), so a
 * document edited as text keeps its dates as dates.
 */
export function toDisplay(value: unknown): unknown {
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? null : value.toISOString() };
  if (value instanceof RegExp) return { $regularExpression: { pattern: value.source, options: value.flags } };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) };
  if (Array.isArray(value)) return value.map(toDisplay);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toDisplay(v);
    return out;
  }
  return value;
}

export class DisplayJsonError extends Error {}

/** Parses console JSON (text) into stored values; a message a person can act on when it is not. */
export function fromDisplay(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = parseEjson(text);
  } catch (err) {
    throw new DisplayJsonError(`${what} is not valid JSON: ${(err as Error).message}`);
  }
  const bad = invalidDate(value, what);
  if (bad) throw new DisplayJsonError(bad);
  return value;
}

/** An object (not an array, date or null), or a clear error. */
export function objectFrom(text: string, what: string): Record<string, unknown> {
  const value = fromDisplay(text, what);
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Date || value instanceof RegExp) {
    throw new DisplayJsonError(`${what} must be a JSON object, like {"status": "open"}`);
  }
  return value as Record<string, unknown>;
}

function invalidDate(value: unknown, at: string): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? `${at}: {"$date": …} needs an ISO date like "2026-12-02T08:00:00.000Z"` : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = invalidDate(value[i], `${at}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof RegExp)) {
    for (const [k, v] of Object.entries(value)) {
      const bad = invalidDate(v, `${at}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}
