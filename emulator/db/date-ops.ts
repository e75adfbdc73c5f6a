import { errors } from './errors';

/**
 * Date expression operators where mingo 7.2.7 differs from MongoDB:
 * - `$week`: MongoDB counts weeks from the year's first Sunday (days before it are
 *   week 0); mingo answers the ISO week (+1 on Sundays), one too many in 2026.
 * - `$dateFromString` without `format`: MongoDB reads ISO-like strings ("2026-03-02",
 *   "2026-03-02 08:00", "2026-03-02T08:00:00.000+08:00"); mingo only its full default format.
 */
type Op = (obj: unknown, expr: unknown, options: unknown) => unknown;
// mingo's subpath exports resolve at runtime; this project's TypeScript resolution (node) cannot name them.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const mingoDate = require('mingo/operators/expression') as Record<string, Op>;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { evalExpr } = require('mingo/core') as { evalExpr: (obj: unknown, expr: unknown, options: unknown) => unknown };

const $week: Op = (obj, expr, options) => {
  const doy = mingoDate.$dayOfYear(obj, expr, options);
  if (typeof doy !== 'number') return null;
  const dow = (mingoDate.$dayOfWeek(obj, expr, options) as number) - 1; // Sunday 0
  return Math.floor((doy - 1 - dow + 7) / 7);
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;

/** Minutes east of UTC of `zone` (an IANA name or ±HH[:MM]) at `utcMs`. */
function offsetMinutes(zone: string | undefined, utcMs: number): number {
  if (!zone || zone === 'UTC' || zone === 'GMT' || zone === 'Z') return 0;
  const m = OFFSET.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(utcMs));
  } catch {
    throw errors.requestFailed(`[FailedOperation] (ConversionFailure) unrecognized time zone identifier: "${zone}"`);
  }
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - Math.floor(utcMs / 1000) * 1000) / 60000);
}

const $dateFromString: Op = (obj, expr, options) => {
  const args = (evalExpr(obj, expr, options) ?? {}) as { dateString?: unknown; format?: unknown; timezone?: unknown; onNull?: unknown; onError?: unknown };
  if (args.format !== undefined && args.format !== null) return mingoDate.$dateFromString(obj, expr, options);
  if (args.dateString === null || args.dateString === undefined) return 'onNull' in args ? args.onNull : null;
  const m = typeof args.dateString === 'string' ? ISO.exec(args.dateString.trim()) : null;
  if (!m) {
    if ('onError' in args) return args.onError;
    throw errors.requestFailed(`[FailedOperation] (ConversionFailure) Error parsing date string '${String(args.dateString)}'`);
  }
  if (m[8] && args.timezone) throw errors.requestFailed('[FailedOperation] you cannot pass in a date/time string with time zone information together with a timezone argument');
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? '0').padEnd(3, '0'));
  const zone = m[8] ?? (typeof args.timezone === 'string' ? args.timezone : undefined);
  // The offset at the wall time read as UTC, then corrected once at the instant it gives (DST edges).
  const first = wall - offsetMinutes(zone, wall) * 60000;
  return new Date(wall - offsetMinutes(zone, first) * 60000);
};

export const dateExpressionOps = { $week, $dateFromString };
