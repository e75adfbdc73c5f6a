import { decodeCursor, encodeCursor } from '../../cloudfunctions/shared/runtime/cursor';
import { AppError } from '../../cloudfunctions/shared/runtime/app-error';

describe('pagination cursors', () => {
  it('round-trip the sort key and id', () => {
    const cursor = { k: 1763700000000, id: 'abc' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'not-base64!', Buffer.from('{"k":1}').toString('base64url'), Buffer.from('[]').toString('base64url')])(
    'a tampered cursor %p is INVALID_ARGUMENT, not a crash',
    (raw) => {
      expect(() => decodeCursor(raw)).toThrow(AppError);
      try {
        decodeCursor(raw);
      } catch (err) {
        expect((err as AppError).code).toBe('INVALID_ARGUMENT');
      }
    },
  );
});
