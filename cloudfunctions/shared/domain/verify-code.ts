/**
 * Verification codes (核销码): what a member shows to staff (a pickup code now,
 * partner vouchers and event tickets later). A code is an unguessable token (the
 * QR code) with a 6-digit short code to type; staff of one place redeem it once.
 * Pure: randomness and `now` are passed in.
 */
import { shanghaiDayKey, shanghaiParts } from './calendar';

export type VerifyKind = 'pickup' | 'voucher' | 'ticket';
export type VerifyStatus = 'active' | 'used' | 'void';

export const SHORT_CODE_LENGTH = 6;
/** How many random short codes to try before giving up (each is taken with probability = fill ratio). */
export const SHORT_CODE_TRIES = 8;

/** A 6-digit short code from random bytes (4 bytes, as a 32-bit number; the modulo bias is below 0.03%). */
export function shortCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < 4) throw new RangeError('need 4 random bytes');
  const n = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  return String(n % 10 ** SHORT_CODE_LENGTH).padStart(SHORT_CODE_LENGTH, '0');
}

export function isShortCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** A token is 128 random bits in hex (the ids helper): what the QR code carries. */
export function isToken(code: string): boolean {
  return /^[0-9a-f]{32}$/.test(code);
}

/** What staff typed or scanned: a token, a short code (spaces and dashes ignored), or neither. */
export function readCode(input: string): { token: string } | { short: string } | null {
  const trimmed = input.trim().toLowerCase();
  if (isToken(trimmed)) return { token: trimmed };
  const digits = trimmed.replace(/[\s-]/g, '');
  return isShortCode(digits) ? { short: digits } : null;
}

/** The key that makes issuing idempotent: one code per (kind, ref), ever. */
export function refKey(kind: VerifyKind, ref: string): string {
  return `${kind}_${ref}`;
}

/** The throttle's bucket: one caller, one Asia/Shanghai hour (`<openid>_<yyyymmddhh>`). */
export function attemptKey(openid: string, now: Date): string {
  return `${openid}_${shanghaiDayKey(now)}${String(shanghaiParts(now).hour).padStart(2, '0')}`;
}

export interface RedeemableCode {
  status: VerifyStatus;
  placeId: string;
  expiresAt: Date | null;
}

export type RedeemRefusal = 'WRONG_POINT' | 'CODE_USED' | 'VOID' | 'EXPIRED';

/**
 * May staff of `allowedPlaceIds` (null: every place, the brand) redeem this code now?
 * Another place's code is refused before anything about it is told.
 */
export function redeemRefusal(code: RedeemableCode, allowedPlaceIds: readonly string[] | null, now: Date): RedeemRefusal | null {
  if (allowedPlaceIds && !allowedPlaceIds.includes(code.placeId)) return 'WRONG_POINT';
  if (code.status === 'used') return 'CODE_USED';
  if (code.status === 'void') return 'VOID';
  if (code.expiresAt && new Date(code.expiresAt) <= now) return 'EXPIRED';
  return null;
}
