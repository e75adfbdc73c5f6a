import { takePlace } from '../../cloudfunctions/shared/domain/withdraw-day';

const at = (iso: string) => new Date(iso);
const NOON = at('2026-12-02T04:00:00Z'); // 12:00 in Shanghai

describe('takePlace (每天最多提现 N 次 on the wallet)', () => {
  it('the first withdrawal of a wallet opens the day with N − 1 places, on condition it still has none', () => {
    expect(takePlace({}, NOON, 7)).toEqual({ incs: {}, floor: [], where: { withdrawDay: null }, also: { withdrawDay: '20261202', withdrawalsLeft: 6 } });
    expect(takePlace(null, NOON, 7)).toMatchObject({ where: { withdrawDay: null } });
  });

  it('the next day opens again, on condition the wallet still holds the day it read', () => {
    const tomorrow = new Date(NOON.getTime() + 86_400_000);
    expect(takePlace({ withdrawDay: '20261202', withdrawalsLeft: 0 }, tomorrow, 7)).toEqual({
      incs: {}, floor: [], where: { withdrawDay: '20261202' }, also: { withdrawDay: '20261203', withdrawalsLeft: 6 },
    });
  });

  it('on an open day takes one place (the day unchanged), and none is left after N', () => {
    expect(takePlace({ withdrawDay: '20261202', withdrawalsLeft: 3 }, NOON, 7)).toEqual({ incs: { withdrawalsLeft: -1 }, floor: ['withdrawalsLeft'], where: { withdrawDay: '20261202' }, also: {} });
    expect(takePlace({ withdrawDay: '20261202', withdrawalsLeft: 0 }, NOON, 7)).toBe('LIMIT_EXCEEDED');
  });

  it('counts days in Asia/Shanghai: 23:59 and 00:01 there are two days', () => {
    const late = at('2026-12-02T15:59:00Z');
    const early = at('2026-12-02T16:01:00Z');
    expect(takePlace({ withdrawDay: '20261202', withdrawalsLeft: 0 }, late, 7)).toBe('LIMIT_EXCEEDED');
    expect(takePlace({ withdrawDay: '20261202', withdrawalsLeft: 0 }, early, 7)).toMatchObject({ also: { withdrawDay: '20261203' } });
  });

  it('a day opened by a call already past midnight is not opened again by one still before it', () => {
    expect(takePlace({ withdrawDay: '20261203', withdrawalsLeft: 2 }, NOON, 7)).toEqual({ incs: { withdrawalsLeft: -1 }, floor: ['withdrawalsLeft'], where: { withdrawDay: '20261203' }, also: {} });
  });

  it('no places at all when the brand allows none a day', () => {
    expect(takePlace({}, NOON, 0)).toBe('LIMIT_EXCEEDED');
  });
});
