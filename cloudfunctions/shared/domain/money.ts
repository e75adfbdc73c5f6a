/** Money is an integer number of fen (分). Formatting to yuan happens only in the UI. */
export type Fen = number & { readonly __unit?: 'fen' };

/**
 * Yuan digits of an amount in fen, always with two decimals (2990 -> "29.90", 0 -> "0.00"),
 * by integer maths. The one rule for showing money: pages use it through src/utils/format.ts.
 */
export function yuanDigits(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Money as it is shown: "¥29.90", "¥0.00", "-¥1.50". */
export function formatYuan(fen: Fen): string {
  return fen < 0 ? `-¥${yuanDigits(-fen)}` : `¥${yuanDigits(fen)}`;
}

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Percentage saved by buying in a group rather than alone, rounded down; null without a solo price. */
export function savingPercent(groupPrice: Fen, soloPrice: Fen | null): number | null {
  if (soloPrice === null || soloPrice <= 0 || groupPrice >= soloPrice) return null;
  return Math.floor(((soloPrice - groupPrice) * 100) / soloPrice);
}
