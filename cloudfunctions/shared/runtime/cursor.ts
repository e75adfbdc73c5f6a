import { z } from 'zod';
import { AppError } from './app-error';

/**
 * Opaque pagination cursors: the sort key and `_id` of the last item seen,
 * so a page never repeats or skips an item when new ones arrive.
 */
const cursorShape = z.object({ k: z.union([z.string(), z.number()]), id: z.string() });
export type Cursor = z.infer<typeof cursorShape>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  try {
    return cursorShape.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('INVALID_ARGUMENT', '分页参数无效，请刷新后重试');
  }
}
