/**
 * Calendar days are Asia/Shanghai days. China has kept UTC+8 without daylight
 * saving since 1991, so a fixed offset is exact, and the mini-program needs no
 * time-zone data for it.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export interface ShanghaiParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

export function shanghaiParts(at: Date): ShanghaiParts {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** The Shanghai day of an instant as `yyyymmdd`, e.g. for one-per-day document ids. */
export function shanghaiDayKey(at: Date): string {
  const { year, month, day } = shanghaiParts(at);
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** The instant the Asia/Shanghai calendar month of `at` began (e.g. for “this month” figures). */
export function shanghaiMonthStart(at: Date): Date {
  const { year, month } = shanghaiParts(at);
  return new Date(Date.UTC(year, month - 1, 1) - SHANGHAI_OFFSET_MS);
}
