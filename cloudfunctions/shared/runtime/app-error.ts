import { ErrorCode, messageFor } from '../errors';

/** A failure the caller should see: a stable code and a Chinese message. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message?: string) {
    super(message ?? messageFor(code));
    this.code = code;
    this.name = 'AppError';
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
