import type { Fen } from '../../domain/money';
import type { HttpNotification } from '../payment/port';

export type { HttpNotification } from '../payment/port';

/**
 * The payout port: WeChat Pay 商家转账 (merchant transfer, the scene of WX_TRANSFER_SCENE_ID,
 * 1005 佣金报酬 for commissions) in production, a sandbox on the local cloud. A transfer is identified by our bill
 * number (out_bill_no): sending the same one again never pays twice.
 */
export interface PayoutProvider {
  readonly name: 'wechat' | 'sandbox';
  /** Starts (or, with the same outBillNo, resumes) a transfer to the user's WeChat balance. */
  transfer(req: TransferRequest): Promise<TransferResult>;
  /** The transfer's current state, by our bill number. */
  query(outBillNo: string): Promise<TransferResult>;
  /**
   * Checks that a transfer notification (MCHTRANSFER.BILL.FINISHED) really comes from the
   * payout platform (signature, freshness, this merchant) and reads it. Throws
   * PaymentRejected (payment/port) otherwise.
   */
  verifyNotification(http: HttpNotification): Promise<TransferNotice>;
}

/** A bill in its final state, as the platform notifies it. */
export interface TransferNotice {
  outBillNo: string;
  state: 'SUCCESS' | 'FAIL' | 'CANCELLED';
  transferBillNo: string | null;
  amountFen: Fen;
  openid: string;
  failReason: string | null;
}

/** WeChat closes a bill the user has not confirmed 24 hours after it was created (state CANCELLED). */
export const CONFIRM_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface TransferRequest {
  /** Our withdrawal id: WeChat's out_bill_no (5-32 chars, [A-Za-z0-9]). */
  outBillNo: string;
  openid: string;
  amountFen: Fen;
  /** Shown to the user, e.g. 共营佣金提现. */
  remark: string;
}

/**
 * WAIT_USER_CONFIRM: the user must confirm in the mini-program (wx.requestMerchantTransfer
 * with `packageInfo`); SUCCESS: money arrived; FAIL/CANCELLED: nothing was paid, the amount
 * goes back to the balance; ACCEPTED/PROCESSING/TRANSFERING: still underway.
 */
export type TransferState = 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED';

export interface TransferResult {
  outBillNo: string;
  state: TransferState;
  /** WeChat's transfer_bill_no, once known. */
  transferBillNo: string | null;
  /** For WAIT_USER_CONFIRM: what the mini-program passes to wx.requestMerchantTransfer. */
  packageInfo: string | null;
  failReason: string | null;
}
