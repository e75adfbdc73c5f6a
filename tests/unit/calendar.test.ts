import { shanghaiDayKey, shanghaiMonthStart, shanghaiParts } from '../../cloudfunctions/shared/domain/calendar';

describe('Asia/Shanghai calendar days', () => {
  it.each([
    ['2026-11-21T15:59:59Z', '20261121'],
    ['2026-11-21T16:00:00Z', '20261122'],
    ['2026-12-31T16:00:00Z', '20270101'],
    ['2028-02-28T16:30:00Z', '20280229'],
  ])('%s falls on the Shanghai day %s', (iso, key) => {
    expect(shanghaiDayKey(new Date(iso))).toBe(key);
  });

  it('gives the Shanghai wall-clock time', () => {
    expect(shanghaiParts(new Date('2026-11-21T23:05:00Z'))).toEqual({ year: 2026, month: 11, day: 22, hour: 7, minute: 5 });
  });

  it.each([
    ['2026-11-30T16:00:00Z', '2026-11-30T16:00:00.000Z'], // 1 December, midnight in Shanghai
    ['2026-11-30T15:59:59Z', '2026-10-31T16:00:00.000Z'], // still 30 November there
    ['2027-01-01T03:00:00Z', '2026-12-31T16:00:00.000Z'],
  ])('the Shanghai month of %s began at %s', (iso, start) => {
    expect(shanghaiMonthStart(new Date(iso)).toISOString()).toBe(start);
  });
});
