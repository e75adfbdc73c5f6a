import { dayTicket, FIRST_TICKET, takePlace } from '../../cloudfunctions/shared/domain/withdraw-day';

const at = (iso: string) => new Date(iso);
const NOON = at('2026-12-02T04:00:00Z'); // 12:00 in Shanghai

describe('takePlace (每天最多提现 N 次 on the wallet)', () => {
  it('the first withdrawal of a day takes the open ticket to zero and opens the day with N − 1 places', () => {
    expect(takePlace({ ...FIRST_TICKET }, NOON, 7)).toEqual({
      incs: { dayTicketA: -FIRST_TICKET.dayTicketA! },
      floor: ['dayTicketA'],
      also: { withdrawDay: '20261202', withdrawalsLeft: 6, dayTicketB: dayTicket(NOON) },
    });
  });

  it('the next day takes the other ticket: tickets alternate and only get smaller', () => {
    const tomorrow = new Date(NOON.getTime() + 86_400_000);
    const opened = { withdrawDay: '20261202', withdrawalsLeft: 0, dayTicketA: 0, dayTicketB: dayTicket(NOON) };
    expect(takePlace(opened, tomorrow, 7)).toMatchObject({ incs: { dayTicketB: -dayTicket(NOON) }, floor: ['dayTicketB'], also: { withdrawDay: '20261203', dayTicketA: dayTicket(tomorrow) } });
    expect(dayTicket(tomorrow)).toBe(dayTicket(NOON) - 1);
  });

  it('on an open day takes one place, and none is left after N', () => {
    expect(takePlace({ withdrawDay: '20261202', withdrawalsLeft: 3 }, NOON, 7)).toEqual({ incs: { withdrawalsLeft: -1 }, floor: ['withdrawalsLeft'], also: {} });
    expect(takePlace({ withdrawDay: '20261202', withdrawalsLeft: 0 }, NOON, 7)).toBe('LIMIT_EXCEEDED');
  });

  it('counts days in Asia/Shanghai: 23:59 and 00:01 there are two days', () => {
    const late = at('2026-12-02T15:59:00Z');
    const early = at('2026-12-02T16:01:00Z');
    expect(dayTicket(early)).toBe(dayTicket(late) - 1);
    expect(takePlace({ withdrawDay: '20261202', withdrawalsLeft: 0, dayTicketA: dayTicket(late) }, early, 7)).not.toBe('LIMIT_EXCEEDED');
  });

  it('a day opened by a call already past midnight is not opened again by one still before it', () => {
    expect(takePlace({ withdrawDay: '20261203', withdrawalsLeft: 2 }, NOON, 7)).toEqual({ incs: { withdrawalsLeft: -1 }, floor: ['withdrawalsLeft'], also: {} });
  });

  it('no places at all when the brand allows none a day', () => {
    expect(takePlace({ ...FIRST_TICKET }, NOON, 0)).toBe('LIMIT_EXCEEDED');
  });
});
