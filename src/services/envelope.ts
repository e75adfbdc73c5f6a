import type { Envelope, ErrorCode } from '@shared/errors'
import { ERROR_CODES } from '@shared/errors'
import { AppError } from './app-error'

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as string[]).includes(code)
}

/** The `data` of a successful envelope; an AppError for a failed or malformed one. */
export function unwrapEnvelope<T>(envelope: unknown): T {
  const env = envelope as Envelope<T> | null | undefined
  if (env && env.ok === true) return env.data
  if (env && env.ok === false && env.error) {
    const code = isErrorCode(env.error.code) ? env.error.code : 'INTERNAL'
    throw new AppError(code, env.error.message)
  }
  throw new AppError('INTERNAL')
}
