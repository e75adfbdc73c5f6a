import { relativeTime } from '@/utils/relative-time'

// 2026-11-22 10:00 in Shanghai.
const NOW = Date.parse('2026-11-22T02:00:00.000Z')

describe('relativeTime (when a post was made, as the feed says it)', () => {
  it.each([
    ['2026-11-22T01:59:30.000Z', '刚刚'],
    ['2026-11-22T02:00:30.000Z', '刚刚'],
    ['2026-11-22T01:55:00.000Z', '5分钟前'],
    ['2026-11-22T01:00:01.000Z', '59分钟前'],
    ['2026-11-21T23:00:00.000Z', '3小时前'],
    ['2026-11-21T16:00:00.000Z', '10小时前'],
    ['2026-11-21T13:30:00.000Z', '昨天 21:30'],
    ['2026-11-20T16:00:00.000Z', '昨天 00:00'],
    ['2026-11-20T15:59:00.000Z', '11月20日'],
    ['2026-01-01T00:00:00.000Z', '1月1日'],
    ['2025-12-31T15:00:00.000Z', '2025年12月31日'],
  ])('%s reads %s', (iso, text) => {
    expect(relativeTime(iso, NOW)).toBe(text)
  })

  it('counts hours only within the same Shanghai day', () => {
    // 00:30 in Shanghai; 23:30 the evening before is 昨天, not 1小时前.
    const justPastMidnight = Date.parse('2026-11-21T16:30:00.000Z')
    expect(relativeTime('2026-11-21T15:30:00.000Z', justPastMidnight)).toBe('昨天 23:30')
  })

  it('says nothing for a broken time', () => {
    expect(relativeTime('', NOW)).toBe('')
    expect(relativeTime('yesterday', NOW)).toBe('')
  })
})
