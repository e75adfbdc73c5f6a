/** Money is an integer number of fen (分). Formatting to yuan happens only in the UI. */
export type Fen = number & { readonly __unit?: 'fen' };

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Percentage saved by buying in a group rather than alone, rounded down; null without a solo price. */
export function savingPercent(groupPrice: Fen, soloPrice: Fen | null): number | null {
  if (soloPrice === null || soloPrice <= 0 || groupPrice >= soloPrice) return null;
  return Math.floor(((soloPrice - groupPrice) * 100) / soloPrice);
}
