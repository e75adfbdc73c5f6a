import { addDays, dayOf, dayStart, isDay, median, periodOf, periodsBetween, periodsTouching, rollupId } from '../../cloudfunctions/shared/domain/analytics';

describe('数据看板 periods (Asia/Shanghai)', () => {
  test('an instant falls on its Shanghai day: 23:59 and 00:01 are different days', () => {
    expect(dayOf(new Date('2026-12-01T15:59:00Z'))).toBe('2026-12-01'); // 23:59 +08:00
    expect(dayOf(new Date('2026-12-01T16:01:00Z'))).toBe('2026-12-02'); // 00:01 +08:00
    expect(dayStart('2026-12-02').toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  test('ISO weeks start on Monday and belong to the year of their Thursday', () => {
    expect(periodOf('2026-12-02', 'week')).toMatchObject({ key: '2026-W49', from: '2026-11-30', to: '2026-12-06', label: '第49周' });
    expect(periodOf('2027-01-01', 'week')).toMatchObject({ key: '2026-W53', from: '2026-12-28' });
    expect(periodOf('2027-01-04', 'week').key).toBe('2027-W01');
    expect(periodOf('2024-12-30', 'week').key).toBe('2025-W01');
  });

  test('months, ranges and the periods a day touches', () => {
    expect(periodOf('2028-02-10', 'month')).toMatchObject({ key: '2028-02', from: '2028-02-01', to: '2028-02-29', label: '2月' });
    expect(periodsBetween('2026-11-29', '2026-12-08', 'week').map((p) => p.key)).toEqual(['2026-W48', '2026-W49', '2026-W50']);
    expect(periodsBetween('2026-11-30', '2026-12-02', 'day').map((p) => p.label)).toEqual(['11/30', '12/1', '12/2']);
    expect(periodsTouching(['2026-11-30', '2026-12-01']).map((p) => `${p.granularity}:${p.key}`).sort()).toEqual(
      ['day:2026-11-30', 'day:2026-12-01', 'month:2026-11', 'month:2026-12', 'week:2026-W49'].sort(),
    );
    expect(rollupId('leader', periodOf('2026-12-01', 'day'), 'YZ7KQ3MP')).toBe('leader:day:2026-12-01:YZ7KQ3MP');
    expect(rollupId('total', periodOf('2026-12-01', 'month'))).toBe('month:2026-12');
  });

  test('day strings are checked, medians are whole minutes', () => {
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-1-01')).toBe(false);
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 21])).toBe(16);
  });
});
