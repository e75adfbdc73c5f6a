import { PaymentPlatformError } from '../payment-platform-error';
import type { TransferRequest } from './port';

/** WeChat wants the payee's encrypted real name (user_name) from 2,000 yuan on; the port carries none. */
export const MAX_TRANSFER_FEN = 200_000 - 1;

/** WeChat's out_bill_no: 5-32 letters and digits (it is also a URL path segment of the query). */
export function checkOutBillNo(outBillNo: string): void {
  if (!/^[A-Za-z0-9]{5,32}$/.test(outBillNo)) {
    throw new PaymentPlatformError('PARAM_ERROR', `out_bill_no must be 5-32 letters and digits, got "${outBillNo}"`);
  }
}

/** Refuses, before anything is sent, a transfer WeChat would refuse for its shape. */
export function checkTransferRequest(req: TransferRequest): void {
  checkOutBillNo(req.outBillNo);
  if (!req.openid) throw new PaymentPlatformError('PARAM_ERROR', `transfer ${req.outBillNo} has no openid`);
  if (!Number.isSafeInteger(req.amountFen) || req.amountFen <= 0) {
    throw new PaymentPlatformError('PARAM_ERROR', `transfer ${req.outBillNo} amount must be a positive number of fen`);
  }
  if (req.amountFen > MAX_TRANSFER_FEN) {
    throw new PaymentPlatformError(
      'USER_NAME_REQUIRED',
      `transfer ${req.outBillNo} of ${req.amountFen} fen needs the payee's real name (2,000 yuan or more)`,
    );
  }
}

/** transfer_remark: at most 32 characters, cut the same way on every retry. */
export function transferRemark(remark: string): string {
  return Array.from(remark).slice(0, 32).join('');
}
