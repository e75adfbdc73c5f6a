import { shanghaiDayKey, shanghaiParts } from '../../cloudfunctions/shared/domain/calendar';

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
});
