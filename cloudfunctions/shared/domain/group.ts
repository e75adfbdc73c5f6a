/**
 * Group-buy (拼团) rules: who may take a seat, when a group opens, succeeds or
 * fails. Pure: the caller passes `now` and the documents' values.
 */
export const RESERVATION_MINUTES = 15;
export const MIN_GROUP_SIZE = 2;
export const MAX_GROUP_SIZE = 50;

export interface SeatView {
  status: 'pending' | 'open' | 'succeeded' | 'failed';
  size: number;
  seatsTaken: number;
  expiresAt: Date | null;
  members: { openid: string }[];
}

export type JoinRefusal = 'GROUP_CLOSED' | 'GROUP_FULL' | 'ALREADY_JOINED';

/** Why `openid` may not take a seat in this group now; null when it may. */
export function joinRefusal(group: SeatView, openid: string, now: Date): JoinRefusal | null {
  if (group.members.some((m) => m.openid === openid)) return 'ALREADY_JOINED';
  if (group.status !== 'open' || !group.expiresAt || now >= group.expiresAt) return 'GROUP_CLOSED';
  if (group.seatsTaken >= group.size) return 'GROUP_FULL';
  return null;
}

/** A group opens when its leader's payment arrives and runs for the deal's time limit. */
export function groupExpiresAt(openedAt: Date, timeLimitMinutes: number): Date {
  return new Date(openedAt.getTime() + timeLimitMinutes * 60_000);
}

export function reservationEndsAt(reservedAt: Date): Date {
  return new Date(reservedAt.getTime() + RESERVATION_MINUTES * 60_000);
}

/** Every seat paid: the group has succeeded. */
export function isComplete(paidCount: number, size: number): boolean {
  return paidCount >= size;
}

/**
 * At expiry a group that is not full fails and its paid members are refunded;
 * with 成团保障 (autoComplete) it ships as it is, if anyone paid.
 */
export function expiryOutcome(autoComplete: boolean, paidCount: number): 'succeeded' | 'failed' {
  return autoComplete && paidCount > 0 ? 'succeeded' : 'failed';
}

export type GroupOutcome = 'succeeded' | 'failed';

export interface ClosingView {
  paidCount: number;
  size: number;
  autoComplete: boolean;
}

/**
 * How an open group closes now: it succeeds as soon as every seat is paid; at
 * its expiry it closes by expiryOutcome; before that it stays open (null).
 */
export function closingOutcome(group: ClosingView, expired: boolean): GroupOutcome | null {
  if (isComplete(group.paidCount, group.size)) return 'succeeded';
  return expired ? expiryOutcome(group.autoComplete, group.paidCount) : null;
}

/**
 * The paid counts for which closing to `outcome` is right. Payments and refunds
 * move paidCount while a group closes, so the close is a conditional update
 * that holds only inside this range; the loser reads the group again.
 */
export function outcomeGuard(outcome: GroupOutcome, group: Omit<ClosingView, 'paidCount'>, expired: boolean): { minPaid: number } | { maxPaid: number } {
  if (outcome === 'succeeded') return { minPaid: expired && group.autoComplete ? 1 : group.size };
  return { maxPaid: group.autoComplete ? 0 : group.size - 1 };
}
