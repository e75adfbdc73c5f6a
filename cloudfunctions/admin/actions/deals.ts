import { z } from 'zod';
import type { AdminDealView, DealDraft } from '../../shared/api';
import type { DealDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { getDoc } from '../../shared/runtime/documents';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { saleBlockedMessage, saleBlockers } from '../../shared/domain/deal-readiness';
import { adminDealView, adminDealViews, draftOf } from '../views';

const PAGE_SIZE = 20;

async function dealOrNotFound(db: Parameters<typeof getDoc>[0], dealId: string): Promise<DealDoc> {
  const deal = await getDoc<DealDoc>(db, 'deals', dealId);
  if (!deal) throw new AppError('NOT_FOUND');
  return deal;
}

/** Every deal, drafts and closed ones too, newest first. */
export const listDeals = action({
  admin: true,
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db, now }): Promise<Page<AdminDealView>> {
    const page = await pageByTime<DealDoc>(db, 'deals', {}, 'createdAt', cursor, PAGE_SIZE);
    return { ...page, items: await adminDealViews(db, page.items, now) };
  },
});

export const getDeal = action({
  admin: true,
  input: z.object({ dealId: idSchema }),
  async handler({ dealId }, { db, now }): Promise<{ deal: AdminDealView; draft: DealDraft }> {
    const deal = await dealOrNotFound(db, dealId);
    return { deal: await adminDealView(db, deal, now), draft: draftOf(deal) };
  },
});

/** 上架 / 下架: a closed deal takes no new orders; its open groups run to their end. */
export const setDealStatus = action({
  admin: true,
  input: z.object({ dealId: idSchema, status: z.enum(['active', 'closed']) }),
  async handler({ dealId, status }, { db, now }): Promise<{ deal: AdminDealView }> {
    const deal = await dealOrNotFound(db, dealId);
    const blockers = status === 'active' ? saleBlockers(deal) : [];
    if (blockers.length) throw new AppError('DEAL_INCOMPLETE', saleBlockedMessage(blockers));
    await db.collection('deals').doc(dealId).update({ status, updatedAt: now });
    return { deal: await adminDealView(db, await dealOrNotFound(db, dealId), now) };
  },
});
