import type { Database } from '../shared/runtime/cloud';
import type { OrderDoc } from '../shared/model';
import { AppError } from '../shared/runtime/app-error';
import { getDoc } from '../shared/runtime/documents';

/** The caller's own order; someone else's is NOT_FOUND, never FORBIDDEN (ids are not confirmed). */
export async function ownOrder(db: Database, orderId: string, openid: string): Promise<OrderDoc> {
  const order = await getDoc<OrderDoc>(db, 'orders', orderId);
  if (!order || order.openid !== openid) throw new AppError('NOT_FOUND');
  return order;
}
