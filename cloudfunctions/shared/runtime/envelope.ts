import { z } from 'zod';
import type { Envelope } from '../errors';
import { messageFor } from '../errors';
import { AppError } from './app-error';
import { logError } from './logger';
import { zodMessage } from './zod-message';

export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

/** Turns any failure into the envelope a caller may see; never a stack trace. */
export function failure(err: unknown, where: Record<string, unknown>): Envelope<never> {
  if (err instanceof AppError) {
    return { ok: false, error: { code: err.code, message: err.message } };
  }
  if (err instanceof z.ZodError) {
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message: `${messageFor('INVALID_ARGUMENT')}：${zodMessage(err.issues[0])}` } };
  }
  const code = (err as { code?: unknown })?.code;
  if (code === 'DATABASE_TRANSACTION_CONFLICT') {
    return { ok: false, error: { code: 'CONFLICT', message: messageFor('CONFLICT') } };
  }
  logError('unexpected', { ...where, error: String((err as Error)?.stack ?? err) });
  return { ok: false, error: { code: 'INTERNAL', message: messageFor('INTERNAL') } };
}
