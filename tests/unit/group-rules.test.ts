import fc from 'fast-check';
import { expiryOutcome, groupExpiresAt, isComplete, joinRefusal, RESERVATION_MINUTES, reservationEndsAt, type SeatView } from '@shared/domain/group';

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
