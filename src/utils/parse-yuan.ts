import type { Fen } from '@shared/domain/money'

const YUAN = /^(\d{1,7})(?:\.(\d{1,2}))?$/

/**
 * A price typed in yuan as integer fen: '29.9' -> 2990, '29' -> 2900, '0.05' -> 5.
 * null for anything else (empty, negative, letters, a third decimal, over 9,999,999.99).
 * Digit by digit, never through floating point.
 */
export function parseYuan(text: string): Fen | null {
  const match = YUAN.exec(text.trim().replace(/^¥/, ''))
  if (!match) return null
  const cents = (match[2] ?? '').padEnd(2, '0')
  return Number(match[1]) * 100 + Number(cents)
}
