import { PaymentPlatformError } from '../payment-platform-error';
import type { TransferRequest, TransferResult, TransferState } from './port';

const STATES: ReadonlyArray<TransferState> = [
  'ACCEPTED',
  'PROCESSING',
  'WAIT_USER_CONFIRM',
  'TRANSFERING',
  'SUCCESS',
  'FAIL',
  'CANCELING',
  'CANCELLED',
];

type Json = Record<string, unknown>;

/**
 * A transfer bill as WeChat answers it: 发起转账 (with package_info) or 商户单号查询转账单
 * (with fail_reason, without package_info). An unknown state is an error, never a guess.
 */
export function readTransferBill(answer: Json, outBillNo: string): TransferResult {
  const state = STATES.find((s) => s === answer.state);
  if (!state) {
    throw new PaymentPlatformError('BAD_RESPONSE', `WeChat transfer ${outBillNo} has state ${String(answer.state)}`);
  }
  if (answer.out_bill_no !== outBillNo) {
    const message = `WeChat answered bill ${String(answer.out_bill_no)} for ${outBillNo}`;
    throw new PaymentPlatformError('BAD_RESPONSE', message);
  }
  return {
    outBillNo,
    state,
    transferBillNo: text(answer.transfer_bill_no),
    packageInfo: text(answer.package_info),
    failReason: text(answer.fail_reason),
  };
}

/** Why a bill found under our out_bill_no is not the transfer we asked for, or null when it is. */
export function billConflict(bill: Json, req: TransferRequest): string | null {
  if (bill.transfer_amount !== req.amountFen) {
    return `bill ${req.outBillNo} is for ${String(bill.transfer_amount)} fen, not ${req.amountFen}`;
  }
  if (bill.openid !== undefined && bill.openid !== req.openid) return `bill ${req.outBillNo} pays another openid`;
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
