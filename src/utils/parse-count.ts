/** A whole number typed in a field, within [min, max]; null otherwise. */
export function parseCount(text: string, min: number, max: number): number | null {
  if (!/^\d{1,9}$/.test(text.trim())) return null
  const n = Number(text.trim())
  return n >= min && n <= max ? n : null
}
