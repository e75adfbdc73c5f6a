import { latestSlot, parseCron } from '../../cloudfunctions/shared/domain/cron';

// 2026-12-02 03:31:20 in Shanghai is 2026-12-01 19:31:20 UTC.
const at = (iso: string) => new Date(iso);

describe('CloudBase crons', () => {
  it('every minute: the current minute', () => {
    expect(latestSlot(parseCron('0 * * * * * *'), at('2026-12-01T19:31:20Z'))?.toISOString()).toBe('2026-12-01T19:31:00.000Z');
  });

  it('every five minutes: the last multiple of five', () => {
    expect(latestSlot(parseCron('0 */5 * * * * *'), at('2026-12-01T19:34:59Z'))?.toISOString()).toBe('2026-12-01T19:30:00.000Z');
    expect(latestSlot(parseCron('0 */5 * * * * *'), at('2026-12-01T19:35:00Z'))?.toISOString()).toBe('2026-12-01T19:35:00.000Z');
  });

  it('daily at 03:30 Shanghai time, not UTC', () => {
    expect(latestSlot(parseCron('0 30 3 * * * *'), at('2026-12-01T19:31:20Z'))?.toISOString()).toBe('2026-12-01T19:30:00.000Z');
    expect(latestSlot(parseCron('0 30 3 * * * *'), at('2026-12-01T19:29:00Z'))?.toISOString()).toBe('2026-11-30T19:30:00.000Z');
  });

  it('lists, ranges and steps from a start', () => {
    const cron = parseCron('0 1/20 8-9 * * * *');
    expect([...cron.minutes]).toEqual([1, 21, 41]);
    expect([...cron.hours]).toEqual([8, 9]);
    expect([...parseCron('0 0,15,45 * * * * *').minutes]).toEqual([0, 15, 45]);
  });

  it('day and weekday both given: either matches', () => {
    // 2026-12-06 is a Sunday (weekday 0) in Shanghai.
    const sundaysOrFirst = parseCron('0 0 12 1 * 0 *');
    expect(latestSlot(sundaysOrFirst, at('2026-12-07T00:00:00Z'))?.toISOString()).toBe('2026-12-06T04:00:00.000Z');
  });

  it('refuses what CloudBase would refuse', () => {
    for (const bad of ['* * * * *', '0 60 * * * * *', '0 */0 * * * * *', '0 5-1 * * * * *', '0 x * * * * *']) expect(() => parseCron(bad)).toThrow();
  });

  it('no slot in the lookback: null', () => {
    expect(latestSlot(parseCron('0 0 0 1 1 * 2020'), at('2026-12-01T00:00:00Z'))).toBeNull();
  });
});
