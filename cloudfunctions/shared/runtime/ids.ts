import { randomBytes } from 'crypto';

/** An unguessable id for anything a user can see (128 bits, hex). */
export function newId(): string {
  return randomBytes(16).toString('hex');
}
