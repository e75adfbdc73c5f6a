import { HttpNotification, PaymentRejected } from '../payment/port';
import { Json, NotificationKeys, openWechatNotification, text } from '../wechat-pay-v3/notification';
import type { TransferNotice } from './port';

export interface TransferNotificationContext extends NotificationKeys {
  mchid: string;
}

const FINAL_STATES: ReadonlyArray<TransferNotice['state']> = ['SUCCESS', 'FAIL', 'CANCELLED'];

/**
 * Reads a 商家转账回调通知 (event_type MCHTRANSFER.BILL.FINISHED, resource original_type
 * mch_payment; https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/callback-notice.html).
 * Signature, freshness and decryption are the one notification opener's (openWechatNotification);
 * the decrypted bill carries mch_id, out_bill_no, transfer_bill_no, state, transfer_amount,
 * openid, fail_reason, create_time, update_time.
 */
export function readWechatTransferNotification(http: HttpNotification, ctx: TransferNotificationContext): TransferNotice {
  const { envelope, resource } = openWechatNotification(http, ctx, 'MCHTRANSFER.BILL.', 'transfer');
  if (envelope.event_type !== 'MCHTRANSFER.BILL.FINISHED') {
    throw new PaymentRejected(`not a transfer bill notification: event_type ${String(envelope.event_type)}`);
  }
  return readBill(resource, ctx);
}

function readBill(bill: Json, ctx: TransferNotificationContext): TransferNotice {
  if (bill.mch_id !== ctx.mchid) throw new PaymentRejected(`notification for another merchant: ${String(bill.mch_id)}`);
  const state = FINAL_STATES.find((s) => s === bill.state);
  if (!state) throw new PaymentRejected(`not a final transfer state: ${String(bill.state)}`);
  const outBillNo = text(bill.out_bill_no);
  const openid = text(bill.openid);
  const amountFen = bill.transfer_amount;
  if (!outBillNo) throw new PaymentRejected('missing out_bill_no');
  if (!openid) throw new PaymentRejected('missing openid');
  if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw new PaymentRejected('missing or invalid transfer_amount');
  }
  return {
    outBillNo,
    state,
    transferBillNo: text(bill.transfer_bill_no) ?? null,
    amountFen,
    openid,
    failReason: text(bill.fail_reason) ?? null,
  };
}
