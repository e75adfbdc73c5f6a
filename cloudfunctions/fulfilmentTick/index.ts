import { createTimerMain } from '../shared/runtime/timer';
import { shippingProvider } from '../shared/providers/shipping';
import { retryDueUploads } from '../fulfilment/flows/shipments';
import { autoReceive } from '../fulfilment/flows/completion';

/**
 * Every five minutes: shipping information that failed to upload is tried again
 * (one record per order, claimed before each try, so never uploaded twice), and
 * express orders shipped autoReceiveDays ago complete by themselves.
 */
export const main = createTimerMain('fulfilmentTick', async (db, now) => ({
  ...(await retryDueUploads(db, shippingProvider(), now)),
  ...(await autoReceive(db, now)),
}));
