import { z } from 'zod';
import type { AdminDealView } from '../../shared/api';
import type { DealDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { dealDraftSchema, ValidDealDraft } from '../deal-draft';
import { adminDealView } from '../views';

function fields(draft: ValidDealDraft, now: Date) {
  const { stock: _stock, startAt, endAt, ...rest } = draft;
  return { ...rest, productId: draft.productId ?? '', startAt: new Date(startAt), endAt: new Date(endAt), updatedAt: now, needsReview: false };
}

/**
 * Creates a deal (as a draft, to be put on sale with setDealStatus) or edits one.
 * Orders and groups keep the price, size and rate they were made with. Stock may
 * not drop below what is already reserved or sold.
 */
export const saveDeal = action({
  admin: true,
  input: z.object({ dealId: idSchema.optional(), draft: dealDraftSchema }),
  async handler({ dealId, draft }, { db, now }): Promise<{ deal: AdminDealView }> {
    const id = dealId ?? newId();
    if (!dealId) {
      const deal: DealDoc = {
        _id: id,
        ...fields(draft, now),
        stockInitial: draft.stock,
        stockLeft: draft.stock,
        stockReserved: 0,
        stockSold: 0,
        status: 'draft',
        createdAt: now,
      };
      await db.collection('deals').add(deal);
    } else {
      await inTransaction(db, async (tx) => {
        const deal = await txGet<DealDoc>(tx, 'deals', id);
        if (!deal) throw new AppError('NOT_FOUND');
        const committed = deal.stockReserved + deal.stockSold;
        if (draft.stock < committed) throw new AppError('INVALID_ARGUMENT', `库存不能少于已预留和已售出的 ${committed} 份`);
        await tx.collection('deals').doc(id).update({ ...fields(draft, now), stockInitial: draft.stock, stockLeft: draft.stock - committed });
      });
    }
    return { deal: await adminDealView(db, (await getDoc<DealDoc>(db, 'deals', id))!, now) };
  },
});
