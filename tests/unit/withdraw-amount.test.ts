import { checkWithdrawAmount, MAX_WITHDRAW_FEN, wholeBalance } from '@/utils/withdraw-amount'

const limits = { availableFen: 50_000, minWithdrawFen: 100 }

describe('the amount typed on the withdraw page', () => {
  it('becomes fen without floating point', () => {
    expect(checkWithdrawAmount('2.98', limits)).toEqual({ ok: true, amountFen: 298 })
    expect(checkWithdrawAmount('¥12.5', limits)).toEqual({ ok: true, amountFen: 1250 })
  })

  it.each([
    ['', '请输入提现金额'],
    ['abc', '金额格式不对'],
    ['1.234', '金额格式不对'],
    ['0.99', '单次至少提现 ¥1.00'],
    ['500.01', '超出可提现余额 ¥500.00'],
  ])('refuses %p: %s', (text, message) => {
    const result = checkWithdrawAmount(text, limits)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain(message)
  })

  it('stays below ¥2,000 a time, where WeChat asks for the real name', () => {
    const rich = { availableFen: 500_000, minWithdrawFen: 100 }
    expect(checkWithdrawAmount('1999.99', rich)).toEqual({ ok: true, amountFen: 199_999 })
    expect(checkWithdrawAmount('2000', rich)).toEqual({ ok: false, message: '单次提现需低于 ¥2000.00' })
  })
})

describe('全部提现', () => {
  it('fills the whole balance, capped below ¥2,000', () => {
    expect(wholeBalance(296)).toBe(296)
    expect(wholeBalance(900_000)).toBe(MAX_WITHDRAW_FEN)
    expect(wholeBalance(-50)).toBe(0)
  })
})
