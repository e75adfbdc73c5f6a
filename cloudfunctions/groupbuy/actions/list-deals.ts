import { z } from 'zod';
import type { ListDealsOutput } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { idSchema } from '../../shared/runtime/schemas';
import { dealPage } from '../deal-list';

const pageCursor = z
  .string()
  .regex(/^\d{1,4}$/, '格式不正确')
  .optional();

/**
 * Deals on the home list as cards, in one round trip: the next pages, a search (`q`) or a
 * category. The home page's first paint, with the categories, comes from `home`.
 */
export const listDeals = action({
  input: z.object({ cursor: pageCursor, q: z.string().trim().max(40).optional(), categoryId: idSchema.optional() }),
  handler: (filter, { db, now }): Promise<ListDealsOutput> => dealPage(db, now, filter),
});
