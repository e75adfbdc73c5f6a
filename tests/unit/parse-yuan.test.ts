import { parseYuan } from '@/utils/parse-yuan'
import { fieldDigits, yuanDigits } from '@/utils/format'

describe('parseYuan (prices typed in yuan, kept as integer fen)', () => {
  it.each([
    ['29.9', 2990],
    ['29', 2900],
    ['29.90', 2990],
    ['0.05', 5],
    ['0.1', 10],
    [' 19.99 ', 1999],
    ['¥12.5', 1250],
    ['0', 0],
    ['9999999.99', 999999999],
  ])('reads %p as %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen)
  })

  it.each(['', ' ', 'abc', '-1', '1.234', '1.', '.5', '1,000', '1e3', '10000000', '29.9元', 'NaN', '0x10'])(
    'rejects %p',
    (text) => {
      expect(parseYuan(text)).toBeNull()
    },
  )

  it('never goes through floating point: 0.01 .. 1000.00 round-trip with yuanDigits and fieldDigits', () => {
    for (let fen = 1; fen <= 100000; fen += 1) {
      expect(parseYuan(yuanDigits(fen))).toBe(fen)
      expect(parseYuan(fieldDigits(fen))).toBe(fen)
    }
  })
})
