import type { ShippingProvider, ShippingUpload } from './port';

// The local cloud is one process: the sandbox's uploads live in module memory.
const state = { failuresLeft: 0, uploads: [] as ShippingUpload[] };

/** Lets tests and GET/POST /dev/shipping steer and inspect the sandbox's uploads. */
export const shippingSandbox = {
  /** The next n uploads fail as a network error would: nothing is recorded. */
  failNext(n: number): void {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('failNext takes a count >= 0');
    state.failuresLeft = n;
  },
  /** Every upload that went through, in order (a second one for an order would be a bug). */
  get uploads(): ShippingUpload[] {
    return state.uploads.map((u) => ({ ...u }));
  },
  reset(): void {
    state.failuresLeft = 0;
    state.uploads.length = 0;
  },
};

/** The local adapter: an outbox of what would have been uploaded to WeChat. */
export class SandboxShipping implements ShippingProvider {
  readonly name = 'sandbox' as const;

  async upload(info: ShippingUpload): Promise<void> {
    if (state.failuresLeft > 0) {
      state.failuresLeft -= 1;
      throw new Error(`sandbox upload of ${info.orderId} failed on request`);
    }
    state.uploads.push({ ...info });
    if (state.uploads.length > 1000) state.uploads.shift();
  }
}
