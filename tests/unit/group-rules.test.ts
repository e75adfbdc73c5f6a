import fc from 'fast-check';
import {
  closingOutcome,
  expiryOutcome,
  groupExpiresAt,
  isComplete,
  joinRefusal,
  outcomeGuard,
  RESERVATION_MINUTES,
  reservationEndsAt,
  type SeatView,
} from '@shared/domain/group';

const NOW = new Date('2026-11-22T02:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;

const group = (over: Partial<SeatView> = {}): SeatView => ({
  status: 'open',
  size: 3,
  seatsTaken: 1,
  expiresAt: later(60 * MINUTE),
  members: [{ openid: 'leader' }],
  ...over,
});

describe('taking a seat in a group', () => {
  it('lets a newcomer join an open group with a free seat before it expires', () => {
    expect(joinRefusal(group(), 'newcomer', NOW)).toBeNull();
  });

  it('lets the last seat be taken, up to the last millisecond', () => {
    expect(joinRefusal(group({ seatsTaken: 2 }), 'newcomer', later(60 * MINUTE - 1))).toBeNull();
  });

  it('refuses a member who already joined', () => {
    expect(joinRefusal(group(), 'leader', NOW)).toBe('ALREADY_JOINED');
  });

  it('finds the member anywhere in the list', () => {
    const members = [{ openid: 'leader' }, { openid: 'second' }, { openid: 'third' }];
    expect(joinRefusal(group({ members, seatsTaken: 3, size: 4 }), 'second', NOW)).toBe('ALREADY_JOINED');
    expect(joinRefusal(group({ members, seatsTaken: 3, size: 4 }), 'fourth', NOW)).toBeNull();
  });

  it('says ALREADY_JOINED before GROUP_CLOSED or GROUP_FULL (a member sees their own group)', () => {
    expect(joinRefusal(group({ status: 'succeeded', seatsTaken: 3 }), 'leader', NOW)).toBe('ALREADY_JOINED');
  });

  it.each(['pending', 'succeeded', 'failed'] as const)('refuses to seat anyone in a %s group', (status) => {
    expect(joinRefusal(group({ status }), 'newcomer', NOW)).toBe('GROUP_CLOSED');
  });

  it('refuses a group without an expiry (not opened yet)', () => {
    expect(joinRefusal(group({ expiresAt: null }), 'newcomer', NOW)).toBe('GROUP_CLOSED');
  });

  it('refuses from the instant the group expires', () => {
    expect(joinRefusal(group({ expiresAt: NOW }), 'newcomer', NOW)).toBe('GROUP_CLOSED');
    expect(joinRefusal(group({ expiresAt: later(-1) }), 'newcomer', NOW)).toBe('GROUP_CLOSED');
  });

  it('refuses a full group', () => {
    expect(joinRefusal(group({ seatsTaken: 3 }), 'newcomer', NOW)).toBe('GROUP_FULL');
    expect(joinRefusal(group({ seatsTaken: 4 }), 'newcomer', NOW)).toBe('GROUP_FULL');
  });

  it('says GROUP_CLOSED before GROUP_FULL', () => {
    expect(joinRefusal(group({ status: 'failed', seatsTaken: 3 }), 'newcomer', NOW)).toBe('GROUP_CLOSED');
  });

  it('never seats more members than the group size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 0, max: 60 }), (size, seatsTaken) => {
        const refusal = joinRefusal(group({ size, seatsTaken }), 'newcomer', NOW);
        expect(refusal === null).toBe(seatsTaken < size);
      }),
    );
  });
});

describe('the clocks of a group', () => {
  it('runs a group for the deal’s time limit from the leader’s payment', () => {
    expect(groupExpiresAt(NOW, 24 * 60)).toEqual(new Date('2026-11-23T02:00:00Z'));
    expect(groupExpiresAt(NOW, 1).getTime() - NOW.getTime()).toBe(MINUTE);
  });

  it('holds an unpaid seat or unit for 15 minutes', () => {
    expect(RESERVATION_MINUTES).toBe(15);
    expect(reservationEndsAt(NOW)).toEqual(new Date('2026-11-22T02:15:00Z'));
  });
});

describe('a group succeeds and fails', () => {
  it('succeeds when every seat is paid, not before', () => {
    expect(isComplete(2, 3)).toBe(false);
    expect(isComplete(3, 3)).toBe(true);
    expect(isComplete(4, 3)).toBe(true);
    expect(isComplete(0, 2)).toBe(false);
  });

  it('fails at expiry when it is not full', () => {
    expect(expiryOutcome(false, 2)).toBe('failed');
    expect(expiryOutcome(false, 0)).toBe('failed');
  });

  it('ships as it is at expiry with 成团保障 when anyone paid', () => {
    expect(expiryOutcome(true, 1)).toBe('succeeded');
    expect(expiryOutcome(true, 5)).toBe('succeeded');
  });

  it('fails at expiry with 成团保障 when nobody paid', () => {
    expect(expiryOutcome(true, 0)).toBe('failed');
  });
});

describe('closing an open group', () => {
  const closing = (paidCount: number, autoComplete = false) => ({ paidCount, size: 3, autoComplete });

  it('succeeds as soon as every seat is paid, before or at expiry, with or without 成团保障', () => {
    for (const expired of [false, true]) {
      expect(closingOutcome(closing(3), expired)).toBe('succeeded');
      expect(closingOutcome(closing(3, true), expired)).toBe('succeeded');
    }
  });

  it('stays open before its expiry while a seat is unpaid', () => {
    expect(closingOutcome(closing(2), false)).toBeNull();
    expect(closingOutcome(closing(0), false)).toBeNull();
    expect(closingOutcome(closing(2, true), false)).toBeNull();
  });

  it('fails at expiry when a seat is unpaid', () => {
    expect(closingOutcome(closing(2), true)).toBe('failed');
    expect(closingOutcome(closing(0), true)).toBe('failed');
  });

  it('ships at expiry with 成团保障 when anyone paid, and fails when nobody did', () => {
    expect(closingOutcome(closing(1, true), true)).toBe('succeeded');
    expect(closingOutcome(closing(0, true), true)).toBe('failed');
  });
});

describe('the guard of a group’s close (the paid counts for which the outcome still holds)', () => {
  it('requires every seat paid to succeed before expiry', () => {
    expect(outcomeGuard('succeeded', { size: 3, autoComplete: false }, false)).toEqual({ minPaid: 3 });
    expect(outcomeGuard('succeeded', { size: 3, autoComplete: true }, false)).toEqual({ minPaid: 3 });
  });

  it('requires every seat paid to succeed at expiry without 成团保障', () => {
    expect(outcomeGuard('succeeded', { size: 3, autoComplete: false }, true)).toEqual({ minPaid: 3 });
  });

  it('requires one payment to succeed at expiry with 成团保障', () => {
    expect(outcomeGuard('succeeded', { size: 3, autoComplete: true }, true)).toEqual({ minPaid: 1 });
  });

  it('fails only while a seat is unpaid, or with 成团保障 only when nobody paid', () => {
    for (const expired of [false, true]) {
      expect(outcomeGuard('failed', { size: 3, autoComplete: false }, expired)).toEqual({ maxPaid: 2 });
      expect(outcomeGuard('failed', { size: 3, autoComplete: true }, expired)).toEqual({ maxPaid: 0 });
    }
  });

  it('holds for exactly the paid counts that close the group to that outcome', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50 }), fc.boolean(), fc.boolean(), fc.constantFrom('succeeded' as const, 'failed' as const), (size, autoComplete, expired, outcome) => {
        const guard = outcomeGuard(outcome, { size, autoComplete }, expired);
        for (let paidCount = 0; paidCount <= size; paidCount++) {
          const admitted = 'minPaid' in guard ? paidCount >= guard.minPaid : paidCount <= guard.maxPaid;
          const closesTo = closingOutcome({ paidCount, size, autoComplete }, expired);
          // Before expiry nothing fails, so a failing close is only ever attempted at expiry.
          if (outcome === 'succeeded' || expired) expect(admitted).toBe(closesTo === outcome);
          else if (admitted) expect(closesTo).not.toBe('succeeded');
        }
      }),
    );
  });
});
