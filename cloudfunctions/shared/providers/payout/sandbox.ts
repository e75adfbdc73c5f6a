import { now } from '../../runtime/clock';
import { PaymentPlatformError } from '../payment-platform-error';
import type { HttpNotification } from '../payment/port';
import type { PayoutProvider, TransferNotice, TransferRequest, TransferResult } from './port';
import { findSandboxBill, openSandboxBill, payoutSandbox } from './sandbox-bills';
import { readSandboxTransferNotice, signSandboxTransferNotice } from './sandbox-notification';
import { checkOutBillNo, checkTransferRequest } from './transfer-request';

/**
 * The local payout adapter: bills succeed at once, or fail or wait for the user when
 * `payoutSandbox` says so. It refuses what WeChat would refuse for its shape, and its
 * notifications are signed, so transferNotify checks them as it checks WeChat's.
 */
export class SandboxPayout implements PayoutProvider {
  readonly name = 'sandbox' as const;

  async transfer(req: TransferRequest): Promise<TransferResult> {
    checkTransferRequest(req);
    return openSandboxBill(req);
  }

  async query(outBillNo: string): Promise<TransferResult> {
    checkOutBillNo(outBillNo);
    const bill = findSandboxBill(outBillNo);
    if (!bill) throw new PaymentPlatformError('NOT_FOUND', `no sandbox transfer ${outBillNo}`, 404);
    return bill;
  }

  async verifyNotification(http: HttpNotification): Promise<TransferNotice> {
    return readSandboxTransferNotice(http, now().getTime());
  }

  /** The signed notification of a bill in its final state (for the local cloud's /dev/payout); null while underway. */
  signNotification(outBillNo: string): HttpNotification | null {
    const notice = payoutSandbox.finalNotice(outBillNo);
    return notice && signSandboxTransferNotice(notice, now().getTime());
  }
}
