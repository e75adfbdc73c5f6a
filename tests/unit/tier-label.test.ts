import { tierLabel } from '@/utils/tier'

describe('tierLabel', () => {
  it.each([
    ['explorer', '探索者'],
    ['officer', '体验官'],
    ['cocreator', '共创官'],
  ])('names tier %s %s', (tier, label) => {
    expect(tierLabel(tier)).toBe(label)
  })

  it('falls back to 探索者 for an unknown tier', () => {
    expect(tierLabel('nobody')).toBe('探索者')
  })
})
