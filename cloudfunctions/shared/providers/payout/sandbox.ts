import { PaymentPlatformError } from '../payment-platform-error';
import type { PayoutProvider, TransferRequest, TransferResult } from './port';
import { findSandboxBill, openSandboxBill } from './sandbox-bills';
import { checkOutBillNo, checkTransferRequest } from './transfer-request';

/**
 * The local payout adapter: bills succeed at once, or fail or wait for the user when
 * `payoutSandbox` says so. It refuses what WeChat would refuse for its shape.
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
}
