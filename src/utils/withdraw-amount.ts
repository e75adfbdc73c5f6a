import type { Fen } from '@shared/domain/money'
import { formatYuan } from './format'
import { parseYuan } from './parse-yuan'

/** WeChat asks for the payee's real name from ¥2,000 up: one withdrawal stays below it. */
export const REAL_NAME_FROM_FEN: Fen = 200_000
export const MAX_WITHDRAW_FEN: Fen = REAL_NAME_FROM_FEN - 1

export interface WithdrawLimits {
  availableFen: Fen
  minWithdrawFen: Fen
}

/** The amount typed on the withdraw page, checked before asking: fen, or what is wrong. */
export function checkWithdrawAmount(text: string, limits: WithdrawLimits): { ok: true; amountFen: Fen } | { ok: false; message: string } {
  if (!text.trim()) return { ok: false, message: '请输入提现金额' }
  const amountFen = parseYuan(text)
  if (amountFen === null) return { ok: false, message: '金额格式不对，如 12.5（最多两位小数）' }
  if (amountFen < limits.minWithdrawFen) return { ok: false, message: `单次至少提现 ${formatYuan(limits.minWithdrawFen)}` }
  if (amountFen > limits.availableFen) return { ok: false, message: `超出可提现余额 ${formatYuan(limits.availableFen)}` }
  if (amountFen > MAX_WITHDRAW_FEN) return { ok: false, message: `单次提现需低于 ${formatYuan(REAL_NAME_FROM_FEN)}` }
  return { ok: true, amountFen }
}

/** 全部提现: the whole balance, capped below ¥2,000 (yuan digits for the field). */
export function wholeBalance(availableFen: Fen): Fen {
  return Math.max(0, Math.min(availableFen, MAX_WITHDRAW_FEN))
}
