import { messageFor, type ErrorCode } from '@shared/errors'

/** A failed call as the pages see it: a shared error code and a message a user can read. */
export class AppError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message?: string) {
    super(message || messageFor(code))
    this.name = 'AppError'
    this.code = code
  }
}

export const NETWORK_MESSAGE = '网络开小差了，请检查网络后重试'

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  return new AppError('INTERNAL', NETWORK_MESSAGE)
}
