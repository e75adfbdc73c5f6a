/**
 * CloudBase timer crons (seven fields: second minute hour day month weekday year,
 * each `*`, `n`, `a-b`, `a,b`, `*\/n` or `a/n` / `a-b/n`), read in Asia/Shanghai time as
 * CloudBase's timers do. The `tick` function uses them to tell which jobs are due
 * when one external schedule calls it every minute; minute resolution (the
 * second field is only checked for being valid).
 */
import { SHANGHAI_OFFSET_MS } from './calendar';

export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  years: Set<number> | null;
  /** Day and weekday both restricted: either may match (as in standard cron). */
  dayOrWeekday: boolean;
}

const RANGES: [number, number][] = [
  [0, 59], // second
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day
  [1, 12], // month
  [0, 6], // weekday, 0 = Sunday
  [1970, 2099], // year
];

function field(text: string, [lo, hi]: [number, number]): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`bad cron field: ${text}`);
    const step = m[4] ? Number(m[4]) : 1;
    let from = m[1] === '*' ? lo : Number(m[2]);
    const to = m[1] === '*' ? hi : m[3] !== undefined ? Number(m[3]) : m[4] ? hi : from;
    if (step < 1 || from < lo || to > hi || from > to) throw new Error(`bad cron field: ${text}`);
    for (; from <= to; from += step) out.add(from);
  }
  return out;
}

export function parseCron(text: string): Cron {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 7) throw new Error(`a CloudBase cron has 7 fields: ${text}`);
  const sets = parts.map((p, i) => field(p, RANGES[i]));
  return {
    minutes: sets[1],
    hours: sets[2],
    days: sets[3],
    months: sets[4],
    weekdays: sets[5],
    years: parts[6] === '*' ? null : sets[6],
    dayOrWeekday: parts[3] !== '*' && parts[5] !== '*',
  };
}

function matches(cron: Cron, minuteStartUtcMs: number): boolean {
  const local = new Date(minuteStartUtcMs + SHANGHAI_OFFSET_MS);
  if (!cron.minutes.has(local.getUTCMinutes()) || !cron.hours.has(local.getUTCHours())) return false;
  if (!cron.months.has(local.getUTCMonth() + 1)) return false;
  if (cron.years && !cron.years.has(local.getUTCFullYear())) return false;
  const day = cron.days.has(local.getUTCDate());
  const weekday = cron.weekdays.has(local.getUTCDay());
  return cron.dayOrWeekday ? day || weekday : day && weekday;
}

const MINUTE = 60_000;
/** How far back a missed slot still counts (a daily job missed for a week runs once, now). */
export const LOOKBACK_MINUTES = 8 * 24 * 60;

/**
 * The start of the latest minute at or before `now` in which the cron fires, or
 * null if none within LOOKBACK_MINUTES. A job is due when this slot differs from
 * the one it last ran for.
 */
export function latestSlot(cron: Cron, now: Date): Date | null {
  const start = Math.floor(now.getTime() / MINUTE) * MINUTE;
  for (let i = 0; i <= LOOKBACK_MINUTES; i++) {
    const t = start - i * MINUTE;
    if (matches(cron, t)) return new Date(t);
  }
  return null;
}
