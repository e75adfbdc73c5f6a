import { createHash, randomBytes } from 'crypto';

/** An unguessable id for anything a user can see (128 bits, hex). */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * The id of what a member's request creates: the same for a retry of the request (same
 * `requestId`, a token the page makes once per tap), never another member's; new without one.
 */
export function idForRequest(openid: string, requestId: string | undefined): string {
  return requestId ? createHash('sha256').update(`${openid}:${requestId}`).digest('hex').slice(0, 32) : newId();
}
