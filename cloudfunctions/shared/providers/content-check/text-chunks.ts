/** WeChat's limit for one msgSecCheck call: 2500 characters of content. */
export const MSG_SEC_CHECK_LIMIT = 2500;

/** Chunks overlap by this much, so a word on a boundary is seen whole in one chunk. */
const OVERLAP = 50;

/**
 * Splits a text into chunks WeChat accepts, by code point (an emoji is never cut
 * in half). Blank text has nothing to check: no chunks.
 */
export function textChunks(text: string, limit: number = MSG_SEC_CHECK_LIMIT): string[] {
  if (text.trim() === '') return [];
  const chars = Array.from(text);
  if (chars.length <= limit) return [text];
  const step = limit - Math.min(OVERLAP, Math.floor(limit / 2));
  const chunks: string[] = [];
  for (let start = 0; start < chars.length; start += step) {
    chunks.push(chars.slice(start, start + limit).join(''));
    if (start + limit >= chars.length) break;
  }
  return chunks;
}
