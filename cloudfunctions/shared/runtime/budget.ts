/**
 * A time budget for scheduled work: one budget covers ALL of a job's work (its first
 * pass included), set below the function's timeout, so a run stops cleanly between
 * two units of work and the next run resumes where this one stopped (work is always
 * selected by state, never by a cursor kept in memory).
 *
 * Budgets count real elapsed time (a function's timeout is wall-clock), not the
 * business clock of runtime/clock.ts, which the local cloud can move forward.
 */
export interface Budget {
  /** Milliseconds left before the budget ends (never negative). */
  left(): number;
  /** Milliseconds spent since the budget started. */
  spent(): number;
  /**
   * True once fewer than `reserveMs` remain: call it before each unit of work
   * (an order, a refund, a batch of notices) and stop when it says so.
   */
  exhausted(reserveMs?: number): boolean;
}

/** The default reserve: a unit of work (a few round trips and one platform call) takes less. */
export const UNIT_RESERVE_MS = 2_000;

export function budgetOf(totalMs: number, clock: () => number = Date.now): Budget {
  const startedAt = clock();
  return {
    left: () => Math.max(0, startedAt + totalMs - clock()),
    spent: () => clock() - startedAt,
    exhausted: (reserveMs = UNIT_RESERVE_MS) => clock() + reserveMs >= startedAt + totalMs,
  };
}

/** A budget that never runs out: for callers that bound their work some other way (tests, seeds). */
export const UNBOUNDED: Budget = { left: () => Number.POSITIVE_INFINITY, spent: () => 0, exhausted: () => false };

/**
 * Runs `unit` on each item in turn while the budget lasts (checked before each);
 * returns how many items were left for the next run.
 */
export async function eachWithin<T>(items: readonly T[], budget: Budget, unit: (item: T) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < items.length; i++) {
    if (budget.exhausted()) return items.length - i;
    await unit(items[i]);
  }
  return 0;
}
