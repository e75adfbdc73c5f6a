import { createHash, timingSafeEqual } from 'crypto';

/** A secret shorter than this is treated as missing: guessing must be hopeless. */
export const MIN_SECRET_LENGTH = 24;

export type TickAuth = 'ok' | 'not_configured' | 'refused';

/**
 * Checks the caller's secret against TICK_SECRET in constant time (both hashed
 * first, so neither their length nor their content shows in the timing). No
 * configured secret, or one too short, refuses every call.
 */
export function checkTickSecret(given: string | undefined, configured: string | undefined): TickAuth {
  if (!configured || configured.length < MIN_SECRET_LENGTH) return 'not_configured';
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  const same = timingSafeEqual(digest(given ?? ''), digest(configured));
  return same && given !== undefined ? 'ok' : 'refused';
}

/** The secret as sent: `Authorization: Bearer <secret>` or `X-Tick-Secret: <secret>` (never in the URL, which gets logged). */
export function secretFrom(headers: Record<string, string>): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '');
  return bearer?.[1].trim() ?? headers['x-tick-secret'];
}
