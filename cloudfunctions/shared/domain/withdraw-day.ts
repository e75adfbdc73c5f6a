/**
 * 每天最多提现 N 次, kept on the member's wallet, so that the one guarded move that takes the
 * money (a posting: atomic increments under a condition) also takes a place in the day:
 *
 * - `withdrawDay` is the Asia/Shanghai day the places are for, `withdrawalsLeft` the places
 *   left that day. A withdrawal on that day takes one (`withdrawalsLeft` must stay ≥ 0, and
 *   the wallet must still be on that day).
 * - The first withdrawal of another day opens it: `withdrawDay` becomes today and
 *   `withdrawalsLeft` N − 1, on condition that the wallet still holds the day it read. Of two
 *   first withdrawals at once, one opens the day; the other finds it moved, reads again and
 *   takes a place in the day now open.
 *
 * A change of N counts from the next day. Pure: the day comes from `now`.
 */
import { shanghaiDayKey } from './calendar';

export interface WithdrawDayState {
  withdrawDay?: string | null;
  withdrawalsLeft?: number;
}

/** What a withdrawal adds to its wallet move: increments, the fields that must stay ≥ 0, the values it needs, fields set. */
export interface PlaceMove {
  incs: Record<string, number>;
  floor: string[];
  where: Record<string, string | null>;
  also: Record<string, unknown>;
}

/** The place a withdrawal at `now` takes, or LIMIT_EXCEEDED when today's `max` places are used up. */
export function takePlace(wallet: WithdrawDayState | null, now: Date, max: number): PlaceMove | 'LIMIT_EXCEEDED' {
  const today = shanghaiDayKey(now);
  const day = wallet?.withdrawDay ?? null;
  // A day opened already (or, by a call whose clock passed midnight first, tomorrow): take one of its places.
  if (day && day >= today) {
    if ((wallet?.withdrawalsLeft ?? 0) < 1) return 'LIMIT_EXCEEDED';
    return { incs: { withdrawalsLeft: -1 }, floor: ['withdrawalsLeft'], where: { withdrawDay: day }, also: {} };
  }
  if (max < 1) return 'LIMIT_EXCEEDED';
  return { incs: {}, floor: [], where: { withdrawDay: day }, also: { withdrawDay: today, withdrawalsLeft: max - 1 } };
}
