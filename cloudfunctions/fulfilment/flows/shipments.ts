import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc, ShipmentDoc } from '../../shared/model';
import type { ShippingProvider } from '../../shared/providers/shipping';
import { maskedContact } from '../../shared/providers/shipping';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { logError } from '../../shared/runtime/logger';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';

const LEASE_MS = 2 * 60_000;
const BATCH = 100;

/** Minutes until the next try after `attempts` failures: 1, 2, 4 … at most six hours. */
export function uploadBackoffMinutes(attempts: number): number {
  return Math.min(360, 2 ** Math.max(0, attempts - 1));
}

/**
 * Writes the order's one shipment record (`_id` = the order id) and tries its
 * upload at once. Only the caller that moved the order to shipped calls this, and
 * a repeat finds the record written: one shipment, one upload per order.
 */
export async function recordShipment(db: Database, provider: ShippingProvider, order: OrderDoc, shipping: { company: string; trackingNo: string }, now: Date): Promise<void> {
  const doc: ShipmentDoc = {
    _id: order._id,
    orderId: order._id,
    openid: order.openid,
    transactionId: order.transactionId,
    mode: order.delivery?.mode ?? 'express',
    company: shipping.company,
    trackingNo: shipping.trackingNo,
    itemDesc: `${order.title}*${order.quantity}`.slice(0, 120),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    createdAt: now,
    uploadedAt: null,
  };
  if (await insertOnce(db, 'shipments', doc)) await attemptUpload(db, provider, order._id, now);
}

/**
 * One upload attempt. The shipment is claimed first (a lease), so two runners never
 * upload it at once; an uploaded shipment is never claimed again. On failure the
 * next try is scheduled with backoff.
 */
export async function attemptUpload(db: Database, provider: ShippingProvider, orderId: string, now: Date): Promise<'uploaded' | 'failed' | 'busy'> {
  const _ = db.command;
  const claim = await db
    .collection('shipments')
    .where({ _id: orderId, status: _.in(['pending', 'failed']), nextAttemptAt: _.lte(now) })
    .update({ attempts: _.inc(1), nextAttemptAt: new Date(now.getTime() + LEASE_MS) });
  if (updatedCount(claim) !== 1) return 'busy';
  const shipment = (await getDoc<ShipmentDoc>(db, 'shipments', orderId))!;
  const order = await getDoc<OrderDoc>(db, 'orders', orderId);
  try {
    await provider.upload({
      orderId,
      transactionId: shipment.transactionId ?? '',
      payerOpenid: shipment.openid,
      mode: shipment.mode,
      company: shipment.company,
      trackingNo: shipment.trackingNo,
      itemDesc: shipment.itemDesc,
      receiverContact: order?.delivery?.mode === 'express' ? maskedContact(order.delivery.address.phone) : '',
      uploadedAt: now,
    });
    await db.collection('shipments').doc(orderId).update({ status: 'uploaded', uploadedAt: now, lastError: null });
    return 'uploaded';
  } catch (err) {
    const next = new Date(now.getTime() + uploadBackoffMinutes(shipment.attempts) * 60_000);
    await db.collection('shipments').doc(orderId).update({ status: 'failed', lastError: String((err as Error)?.message ?? err).slice(0, 300), nextAttemptAt: next });
    logError('shipping_upload_failed', { orderId, attempts: shipment.attempts, error: String(err) });
    return 'failed';
  }
}

/** The timer's part: every upload that is due again. */
export async function retryDueUploads(db: Database, provider: ShippingProvider, now: Date, budget: Budget = UNBOUNDED): Promise<{ uploaded: number; failed: number; more: number }> {
  const _ = db.command;
  const due = await db
    .collection('shipments')
    .where({ status: _.in(['pending', 'failed']), nextAttemptAt: _.lte(now) })
    .orderBy('nextAttemptAt', 'asc')
    .limit(BATCH)
    .get();
  let uploaded = 0;
  let failed = 0;
  const more = await eachWithin(due.data as ShipmentDoc[], budget, async (s) => {
    const result = await attemptUpload(db, provider, s._id, now);
    if (result === 'uploaded') uploaded++;
    if (result === 'failed') failed++;
  });
  return { uploaded, failed, more };
}
