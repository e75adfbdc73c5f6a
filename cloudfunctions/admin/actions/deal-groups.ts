import { z } from 'zod';
import type { AdminGroupView } from '../../shared/api';
import type { GroupDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { adminGroupView } from '../views';

const PAGE_SIZE = 20;

/** The groups of one deal, newest first, optionally of one status. */
export const dealGroups = action({
  admin: true,
  input: z.object({ dealId: idSchema, status: z.enum(['pending', 'open', 'succeeded', 'failed']).optional(), cursor: cursorSchema }),
  async handler({ dealId, status, cursor }, { db }): Promise<Page<AdminGroupView>> {
    const page = await pageByTime<GroupDoc>(db, 'groups', { dealId, ...(status ? { status } : {}) }, 'createdAt', cursor, PAGE_SIZE);
    return { ...page, items: page.items.map(adminGroupView) };
  },
});
