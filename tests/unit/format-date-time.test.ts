import { formatDateTime } from '@/utils/format'

describe('formatDateTime', () => {
  it('shows an instant as Shanghai wall time', () => {
    expect(formatDateTime('2026-11-22T01:05:00.000Z')).toBe('11月22日 09:05')
    expect(formatDateTime('2026-11-22T16:30:00.000Z')).toBe('11月23日 00:30')
  })

  it('shows nothing for an empty or broken time', () => {
    expect(formatDateTime('')).toBe('')
    expect(formatDateTime('soon')).toBe('')
  })
})
