/**
 * Errors in the shape CloudBase answers with: `{ code, message, requestId }` in
 * an HTTP 200 body. The SDK throws them as-is (runTransaction retries only on
 * DATABASE_TRANSACTION_CONFLICT).
 */
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const errors = {
  collectionNotExist: () => new DbError('DATABASE_COLLECTION_NOT_EXIST', 'Db or Table not exist'),
  collectionExists: (name: string) =>
    new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Collection ${name} already exists`),
  invalidParam: (message: string) => new DbError('INVALID_PARAM', message),
  invalidAction: (action: unknown) => new DbError('INVALID_ACTION', `unknown action: ${String(action)}`),
  duplicateKey: (collection: string, detail: string) =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      `[FailedOperation] E11000 duplicate key error collection: ${collection} dup key: ${detail}`,
    ),
  conflict: () =>
    new DbError(
      'DATABASE_TRANSACTION_CONFLICT',
      '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others.',
    ),
  /** CloudBase's words for a committed, aborted or timed-out transaction (as its users have seen them; docs.cloudbase.net/error-code/DATABASE_TRANSACTION_FAIL). */
  transactionNotExist: () =>
    new DbError(
      'DATABASE_TRANSACTION_FAIL',
      '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
    ),
  requestFailed: (message: string) => new DbError('DATABASE_REQUEST_FAILED', message),
  /** MongoDB's BSONObjectTooLarge (code 10334), which CloudBase answers as a failed request. */
  documentTooLarge: (size: number) =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      `[FailedOperation] (BSONObjectTooLarge) BSONObj size: ${size} (0x${size.toString(16).toUpperCase()}) is invalid. Size must be between 0 and 16793600(16MB)`,
    ),
};

/** Unknown operators get CloudBase's code for them (spelled as CloudBase spells it). */
export function errorBody(err: unknown, requestId: string): { code: string; message: string; requestId: string } {
  if (err instanceof DbError) return { code: err.code, message: err.message, requestId };
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof Error && err.constructor.name === 'MingoError' && /operator/.test(message)) {
    return { code: 'DATABASE_INVALID_OPERRATOR', message: `[InvalidParameter] ${message}`, requestId };
  }
  return { code: 'DATABASE_REQUEST_FAILED', message: `[FailedOperation] ${message}`, requestId };
}
