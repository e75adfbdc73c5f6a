/**
 * Distribution (分销) rules: codes, binding, commission, withdrawals. A commission
 * becomes due when its order's after-sale window ends (see domain/delivery.ts).
 * Pure: ids, randomness and `now` are passed in.
 */
import type { Fen } from './money';

/** No 0/O, 1/I/L: a code read aloud or typed from a poster is never ambiguous. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

export interface DistributionConfig {
  defaultRateBps: number;
  bindingDays: number;
  minWithdrawFen: Fen;
  maxWithdrawalsPerDay: number;
}

export const DEFAULT_DISTRIBUTION_CONFIG: DistributionConfig = {
  defaultRateBps: 1500,
  bindingDays: 30,
  minWithdrawFen: 100,
  maxWithdrawalsPerDay: 7,
};

/** A code from random bytes (one byte per character; the tiny modulo bias is harmless here). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new RangeError(`need ${CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
  return code;
}

export function isWellFormedCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/** Commission on what was actually paid, rounded down to the fen. */
export function commissionFen(paidFen: Fen, rateBps: number): Fen {
  return Math.floor((paidFen * rateBps) / 10_000);
}

export interface Binding {
  distributorOpenid: string;
  expiresAt: Date;
}

export type BindRefusal = 'SELF' | 'LOOP' | 'INACTIVE' | 'ALREADY_BOUND';

/**
 * May `shopper` be bound to `distributor` now? First binding wins while valid;
 * nobody binds to themselves; no loop (a distributor bound to this shopper);
 * only active distributors.
 */
export function bindRefusal(
  shopper: string,
  distributor: { openid: string; active: boolean; boundTo: Binding | null },
  current: Binding | null,
  now: Date,
): BindRefusal | null {
  if (distributor.openid === shopper) return 'SELF';
  if (!distributor.active) return 'INACTIVE';
  if (current && current.expiresAt > now) return 'ALREADY_BOUND';
  if (distributor.boundTo && distributor.boundTo.expiresAt > now && distributor.boundTo.distributorOpenid === shopper) return 'LOOP';
  return null;
}

export function bindingExpiresAt(now: Date, bindingDays: number): Date {
  return new Date(now.getTime() + bindingDays * 86_400_000);
}

export type WithdrawRefusal = 'TOO_SMALL' | 'INSUFFICIENT_BALANCE' | 'LIMIT_EXCEEDED';

export function withdrawRefusal(amountFen: Fen, availableFen: Fen, todayCount: number, config: DistributionConfig): WithdrawRefusal | null {
  if (amountFen < config.minWithdrawFen) return 'TOO_SMALL';
  if (amountFen > availableFen) return 'INSUFFICIENT_BALANCE';
  if (todayCount >= config.maxWithdrawalsPerDay) return 'LIMIT_EXCEEDED';
  return null;
}
