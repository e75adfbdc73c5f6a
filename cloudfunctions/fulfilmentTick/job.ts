import { defineJob } from '../shared/runtime/jobs';
import { shippingProvider } from '../shared/providers/shipping';
import { retryDueUploads } from '../fulfilment/flows/shipments';
import { autoReceive } from '../fulfilment/flows/completion';

/**
 * Every five minutes: shipping information that failed to upload is tried again
 * (one record per order, claimed before each try, so never uploaded twice), and
 * express orders shipped autoReceiveDays ago complete by themselves.
 */
export const job = defineJob({
  name: 'fulfilmentTick',
  cron: '0 */5 * * * * *',
  run: async (db, now, budget) => {
    const uploads = await retryDueUploads(db, shippingProvider(), now, budget);
    const receipts = await autoReceive(db, now, budget);
    return { uploaded: uploads.uploaded, failed: uploads.failed, received: receipts.received, more: uploads.more + receipts.more };
  },
});
