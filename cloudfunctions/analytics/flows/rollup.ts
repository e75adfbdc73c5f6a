import type { Database } from '../../shared/runtime/cloud';
import type { Budget } from '../../shared/runtime/budget';
import { UNBOUNDED } from '../../shared/runtime/budget';
import { getDoc } from '../../shared/runtime/documents';
import type { AnalyticsRollupDoc } from '../../shared/model';
import {
  Period,
  PeriodFigures,
  addDays,
  computeFigures,
  dayOf,
  dayStart,
  daysBetween,
  periodOf,
  periodsTouching,
  rollupId,
} from '../../shared/domain/analytics';
import { loadPeriodRecords, readAll } from './records';

export type RollupDoc = AnalyticsRollupDoc;

/** The watermark (`analyticsRollups/state`): every day up to `rolledThrough` has been rolled at least once. */
export interface RollupStateDoc {
  _id: 'state';
  scope: 'state';
  rolledThrough: string | null;
  rolledAt: Date;
}

/** Finished days are rolled again for this long, so late refunds, cancellations and group closes reach them. */
export const REROLL_DAYS = 8;

/** The figures of a period from its raw records. */
export async function figuresOf(db: Database, p: Pick<Period, 'from' | 'to'>, end?: Date): Promise<PeriodFigures> {
  const start = dayStart(p.from);
  const stop = end ?? dayStart(addDays(p.to, 1));
  return computeFigures(await loadPeriodRecords(db, start, stop), daysBetween(p.from, p.to) + 1);
}

/**
 * Rolls one period: its total, deal and leader documents, each written with set()
 * under a key derived from the period, so rolling it again writes the same
 * documents; breakdown documents no longer produced are removed. `through` rolls
 * only the records before it (today so far) and is kept on the total document.
 */
export async function rollPeriod(db: Database, p: Period, through?: Date): Promise<PeriodFigures> {
  const figures = await figuresOf(db, p, through);
  const docs: RollupDoc[] = [
    { _id: rollupId('total', p), scope: 'total', granularity: p.granularity, key: p.key, from: p.from, to: p.to, ref: '', figures: figures.total as unknown as Record<string, unknown>, through: through ?? null },
    ...Object.entries(figures.deals).map(([ref, f]) => ({ _id: rollupId('deal', p, ref), scope: 'deal' as const, granularity: p.granularity, key: p.key, from: p.from, to: p.to, ref, figures: { ...f } })),
    ...Object.entries(figures.leaders).map(([ref, f]) => ({ _id: rollupId('leader', p, ref), scope: 'leader' as const, granularity: p.granularity, key: p.key, from: p.from, to: p.to, ref, figures: { ...f } })),
  ];
  const _ = db.command;
  const existing = await readAll<{ _id: string }>(db, 'analyticsRollups', { granularity: p.granularity, key: p.key, scope: _.in(['deal', 'leader']) }, []);
  const keep = new Set(docs.map((d) => d._id));
  await Promise.all([
    ...docs.map(({ _id, ...rest }) => db.collection('analyticsRollups').doc(_id).set(rest)),
    ...existing.filter((d) => !keep.has(d._id)).map((d) => db.collection('analyticsRollups').doc(d._id).remove()),
  ]);
  return figures;
}

/** The first day anything happened (the first paid order, or the first event), or null on an empty store. */
async function firstDay(db: Database): Promise<string | null> {
  const _ = db.command;
  const [order, event] = await Promise.all([
    db.collection('orders').where({ paidAt: _.neq(null) }).orderBy('paidAt', 'asc').limit(1).field({ paidAt: true }).get(),
    db.collection('analyticsEvents').orderBy('at', 'asc').limit(1).field({ at: true }).get(),
  ]);
  const times = [(order.data[0] as { paidAt?: Date } | undefined)?.paidAt, (event.data[0] as { at?: Date } | undefined)?.at].filter(Boolean).map((t) => new Date(t as Date).getTime());
  return times.length ? dayOf(new Date(Math.min(...times))) : null;
}

export interface RollCounts {
  days: number;
  weeks: number;
  months: number;
  more: number;
}

/**
 * Rolls the days from..to (finished days only) and the weeks and months containing
 * them, one period at a time while the budget lasts; `next` is the first day not
 * rolled yet (null when all were), so the caller resumes there.
 */
export async function rollDays(db: Database, from: string, to: string, budget: Budget = UNBOUNDED): Promise<RollResult> {
  const counts = { days: 0, weeks: 0, months: 0, more: 0 };
  // Days first; a week or month is rolled once its last day in the range is.
  const periods = periodsTouching(listDays(from, to)).sort((a, b) => order(a) - order(b) || (a.from < b.from ? -1 : 1));
  const days = periods.filter((p) => p.granularity === 'day');
  const longer = periods.filter((p) => p.granularity !== 'day');
  // A few periods at once: each is independent, and its reads wait on the database.
  for (let i = 0; i < days.length; i += AT_ONCE) {
    if (budget.exhausted()) return { ...counts, more: days.length - i, next: days[i].key };
    await Promise.all(days.slice(i, i + AT_ONCE).map((p) => rollPeriod(db, p)));
    counts.days += Math.min(AT_ONCE, days.length - i);
  }
  for (let i = 0; i < longer.length; i += AT_ONCE) {
    if (budget.exhausted()) return { ...counts, more: longer.length - i, next: longer[i].from < from ? from : longer[i].from };
    const batch = longer.slice(i, i + AT_ONCE);
    await Promise.all(batch.map((p) => rollPeriod(db, p)));
    for (const p of batch) counts[p.granularity === 'week' ? 'weeks' : 'months'] += 1;
  }
  return { ...counts, next: null };
}

export type RollResult = RollCounts & { next: string | null };

/** Periods rolled at once. */
const AT_ONCE = 4;

const order = (p: Period) => (p.granularity === 'day' ? 0 : p.granularity === 'week' ? 1 : 2);

function listDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The timer's work: every finished day not rolled yet (from the first record on, the
 * first time: a backfill in budgeted steps, resumed by the watermark), then the last
 * REROLL_DAYS finished days again with their weeks and months, so late changes
 * (a refund today of last week's order) reach them. Today is never rolled: the
 * dashboard computes it live.
 */
export async function rollRecent(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<RollCounts & { limitsRemoved: number }> {
  // track's per-minute counters are spent once their minute passed.
  const removed = await db.collection('analyticsLimits').where({ at: db.command.lt(new Date(now.getTime() - 3_600_000)) }).remove();
  const { days, weeks, months, more } = await rollFrom(db, now, budget);
  return { days, weeks, months, more, limitsRemoved: Number((removed as { deleted?: number }).deleted ?? 0) };
}

async function rollFrom(db: Database, now: Date, budget: Budget): Promise<RollCounts> {
  const yesterday = addDays(dayOf(now), -1);
  const state = await getDoc<RollupStateDoc>(db, 'analyticsRollups', 'state');
  const recentFrom = addDays(yesterday, -(REROLL_DAYS - 1));
  let from = state?.rolledThrough ? addDays(state.rolledThrough, 1) : await firstDay(db);
  if (!from) return { days: 0, weeks: 0, months: 0, more: 0 };
  if (from > recentFrom) from = recentFrom;
  // Older days not yet rolled (a first run, or a long outage): in steps, moving the watermark.
  if (from < recentFrom) {
    const older = await rollDays(db, from, addDays(recentFrom, -1), budget);
    const through = older.next ? addDays(older.next, -1) : addDays(recentFrom, -1);
    if (through >= from) await setState(db, through, now);
    if (older.next) return older;
    from = recentFrom;
  }
  const recent = await rollDays(db, from, yesterday, budget);
  if (!recent.next) await setState(db, yesterday, now);
  return recent;
}

export async function setState(db: Database, rolledThrough: string, now: Date): Promise<void> {
  const current = await getDoc<RollupStateDoc>(db, 'analyticsRollups', 'state');
  const through = current?.rolledThrough && current.rolledThrough > rolledThrough ? current.rolledThrough : rolledThrough;
  await db.collection('analyticsRollups').doc('state').set({ scope: 'state', rolledThrough: through, rolledAt: now });
}

/**
 * Rebuilds every rollup of from..to (default: the first record's day to yesterday)
 * from the raw records; running it again writes the same documents.
 */
export async function backfill(db: Database, now: Date, range: { from?: string; to?: string }, budget: Budget = UNBOUNDED): Promise<RollResult> {
  const yesterday = addDays(dayOf(now), -1);
  const from = range.from ?? (await firstDay(db));
  const to = range.to && range.to < yesterday ? range.to : yesterday;
  if (!from || from > to) return { days: 0, weeks: 0, months: 0, more: 0, next: null };
  const result = await rollDays(db, from, to, budget);
  if (!result.next && to === yesterday) await setState(db, yesterday, now);
  return result;
}

/** How stale today's figures may get: the timer rolls today this often (its cron). */
export const TODAY_EVERY_MINUTES = 10;
/** The finished days are rolled again this often (rollRecent; the timer runs more often for today). */
const RECENT_EVERY_MS = 55 * 60_000;

/**
 * Today so far: its total, deal and leader documents from the records before `now`,
 * marked `through: now`. The dashboard reads them like any rollup, so opening it
 * costs the same however busy today is; they are at most TODAY_EVERY_MINUTES old,
 * or as fresh as the admin's 更新 (refreshToday).
 */
export async function rollToday(db: Database, now: Date): Promise<PeriodFigures> {
  return rollPeriod(db, periodOf(dayOf(now), 'day'), now);
}

/**
 * The timer's run (every TODAY_EVERY_MINUTES): the finished days (rollRecent) when
 * yesterday is not rolled yet or they were rolled over RECENT_EVERY_MS ago, then today
 * so far while the budget lasts (`today`: 1 when it was rolled).
 */
export async function rollupTick(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<RollCounts & { limitsRemoved: number; today: number }> {
  const state = await getDoc<RollupStateDoc>(db, 'analyticsRollups', 'state');
  const recentDue = !state?.rolledThrough || state.rolledThrough < addDays(dayOf(now), -1) || now.getTime() - new Date(state.rolledAt).getTime() >= RECENT_EVERY_MS;
  const recent = recentDue ? await rollRecent(db, now, budget) : { days: 0, weeks: 0, months: 0, more: 0, limitsRemoved: 0 };
  if (recent.more || budget.exhausted()) return { ...recent, today: 0 };
  await rollToday(db, now);
  return { ...recent, today: 1 };
}

export { periodOf };
