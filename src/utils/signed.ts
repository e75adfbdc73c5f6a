/** An amount with its sign: 5 -> "+5", -20 -> "-20", 0 -> "0". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n)
}
