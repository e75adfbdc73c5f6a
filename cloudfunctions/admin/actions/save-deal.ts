import { z } from 'zod';
import type { AdminDealView } from '../../shared/api';
import type { DealDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import type { Database } from '../../shared/runtime/cloud';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { shardCount } from '../../shared/domain/stock-shards';
import { gatherStock, spreadStock, withStockTotals } from '../../groupbuy/flows/stock-shards';
import { dealDraftSchema, ValidDealDraft } from '../deal-draft';
import { adminDealView } from '../views';

function fields(draft: ValidDealDraft, now: Date) {
  const { stock: _stock, stockShards: _shards, startAt, endAt, delivery, ...rest } = draft;
  return { ...rest, ...(delivery ? { delivery } : {}), productId: draft.productId ?? '', startAt: new Date(startAt), endAt: new Date(endAt), updatedAt: now };
}

/**
 * Creates a deal (as a draft, to be put on sale with setDealStatus) or edits one.
 * Orders and groups keep the price, size and rate they were made with. Stock may
 * not drop below what is already reserved or sold. 库存分片 spreads the stock over
 * that many documents (stock-shards.ts).
 */
export const saveDeal = action({
  admin: true,
  input: z.object({ dealId: idSchema.optional(), draft: dealDraftSchema }),
  async handler({ dealId, draft }, { db, now }): Promise<{ deal: AdminDealView }> {
    if (draft.categoryId && !(await getDoc(db, 'categories', draft.categoryId))) throw new AppError('INVALID_ARGUMENT', '分类不存在，请重新选择');
    const id = dealId ?? newId();
    if (!dealId) {
      const n = draft.stockShards ?? 1;
      const deal: DealDoc = {
        _id: id,
        ...fields(draft, now),
        stockInitial: draft.stock,
        stockLeft: draft.stock,
        stockReserved: 0,
        stockSold: 0,
        ...(n > 1 ? { stockShards: n } : {}),
        status: 'draft',
        createdAt: now,
      };
      await db.collection('deals').add(deal);
      await spreadStock(db, deal, n, now);
    } else {
      await restock(db, id, draft, now);
    }
    return { deal: await adminDealView(db, (await getDoc<DealDoc>(db, 'deals', id))!, now) };
  },
});

/**
 * Edits a live deal without a transaction on this hot document: the new stock
 * moves stockLeft by the difference, in one conditional update that holds only
 * while stockInitial is as read and enough units are left (buyers' holds keep
 * moving stockLeft meanwhile). A lost update reads the deal again.
 *
 * A sharded deal whose stock or shard count changes first brings every shard's
 * unsold units home to the deal (shard 0), changes the deal, then deals the units
 * out again over the new count: every step a conditional move, so the total stays
 * exact while buyers keep buying (they take from whichever shard has units).
 */
async function restock(db: Database, id: string, draft: ValidDealDraft, now: Date): Promise<void> {
  const _ = db.command;
  for (let attempt = 0; attempt < 8; attempt++) {
    let deal = await getDoc<DealDoc>(db, 'deals', id);
    if (!deal) throw new AppError('NOT_FOUND');
    const n = draft.stockShards ?? shardCount(deal);
    const reshard = deal.stockShards !== undefined || n > 1 ? draft.stock !== deal.stockInitial || n !== shardCount(deal) : false;
    if (reshard && deal.stockShards !== undefined) {
      await gatherStock(db, deal, now);
      deal = (await getDoc<DealDoc>(db, 'deals', id))!;
    }
    const [total] = await withStockTotals(db, [deal]);
    const committed = total.stockReserved + total.stockSold + (total.stockWrittenOff ?? 0);
    if (draft.stock < committed) throw new AppError('INVALID_ARGUMENT', `库存不能少于已预留和已售出的 ${committed} 份`);
    const delta = draft.stock - deal.stockInitial;
    const res = await db
      .collection('deals')
      .where({ _id: id, stockInitial: deal.stockInitial, stockLeft: _.gte(Math.max(0, -delta)) })
      .update({ ...fields(draft, now), stockInitial: draft.stock, stockLeft: _.inc(delta), ...(reshard ? { stockShards: n } : {}) });
    if (updatedCount(res) !== 1) continue;
    if (reshard) await spreadStock(db, deal, n, now);
    return;
  }
  throw new AppError('CONFLICT', '商品正在热卖，库存变化太快，请稍后再保存');
}
