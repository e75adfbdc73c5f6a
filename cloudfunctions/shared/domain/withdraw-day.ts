/**
 * 每天最多提现 N 次, kept on the member's wallet, so that the one guarded move that takes the
 * money (a posting: atomic increments whose fields must stay ≥ 0) also takes a place in the day:
 *
 * - `withdrawDay` is the Asia/Shanghai day the places are for, `withdrawalsLeft` the places
 *   left that day. A withdrawal on that day takes one; the move is refused when none is left.
 * - The first withdrawal of another day opens it: `withdrawDay` becomes today and
 *   `withdrawalsLeft` N − 1. Two first withdrawals at once must not both open the day, and a
 *   posting can only check that a field stays ≥ 0. So the open day holds a ticket: one of
 *   `dayTicketA`/`dayTicketB` is TICKET_BASE − the day's number, the other 0. Opening takes the
 *   ticket it read down to 0 (refused if another call took it first: that one opened the day)
 *   and puts the new day's ticket in the other field. Tickets only get smaller day by day, so a
 *   call that read an older ticket can never take a newer one.
 *
 * A change of N counts from the next day. Pure: the day comes from `now`.
 */
import { SHANGHAI_OFFSET_MS, shanghaiDayKey } from './calendar';

export interface WithdrawDayState {
  withdrawDay?: string;
  withdrawalsLeft?: number;
  dayTicketA?: number;
  dayTicketB?: number;
}

/** What a withdrawal adds to its wallet move: increments, the fields that must stay ≥ 0, fields set. */
export interface PlaceMove {
  incs: Record<string, number>;
  floor: string[];
  also: Record<string, unknown>;
}

const TICKET_BASE = 1_000_000;
const DAY_MS = 86_400_000;

/** The ticket of the Asia/Shanghai day of `at` (smaller every day). */
export const dayTicket = (at: Date): number => TICKET_BASE - Math.floor((at.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);

/** A new wallet's fields: a ticket older than any day, so its first withdrawal opens a day like any other. */
export const FIRST_TICKET: WithdrawDayState = { dayTicketA: TICKET_BASE, dayTicketB: 0 };

/** The place a withdrawal at `now` takes, or LIMIT_EXCEEDED when today's `max` places are used up. */
export function takePlace(wallet: WithdrawDayState | null, now: Date, max: number): PlaceMove | 'LIMIT_EXCEEDED' {
  const today = shanghaiDayKey(now);
  // A day opened already (or, by a call whose clock passed midnight first, tomorrow): take one of its places.
  if (wallet?.withdrawDay && wallet.withdrawDay >= today) {
    if ((wallet.withdrawalsLeft ?? 0) < 1) return 'LIMIT_EXCEEDED';
    return { incs: { withdrawalsLeft: -1 }, floor: ['withdrawalsLeft'], also: {} };
  }
  if (max < 1) return 'LIMIT_EXCEEDED';
  const opened = { withdrawDay: today, withdrawalsLeft: max - 1 };
  const [held, other] = (wallet?.dayTicketA ?? 0) > 0 ? (['dayTicketA', 'dayTicketB'] as const) : (['dayTicketB', 'dayTicketA'] as const);
  const ticket = wallet?.[held] ?? 0;
  // A wallet from before the tickets has none: its first opening cannot be raced off (once per wallet).
  if (ticket <= 0) return { incs: {}, floor: [], also: { ...opened, ...FIRST_TICKET, dayTicketA: dayTicket(now) } };
  return { incs: { [held]: -ticket }, floor: [held], also: { ...opened, [other]: dayTicket(now) } };
}
