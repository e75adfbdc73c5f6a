import {
  HttpNotification,
  PaymentNotification,
  PaymentRejected,
  PLATFORM_REFUND_STATUSES,
  RefundNotification,
} from './port';
import type { PlatformKeyring } from '../wechat-pay-v3/keys';
import { isTradeState } from './trade-states';
import { isObject, Json, openWechatNotification, text } from '../wechat-pay-v3/notification';

export interface NotificationContext {
  appid: string;
  mchid: string;
  apiV3Key: string;
  keys: PlatformKeyring;
  nowMs: number;
}

/** Reads a payment notification (支付成功回调) that WeChat Pay POSTed to our notify_url. */
export function readWechatNotification(http: HttpNotification, ctx: NotificationContext): PaymentNotification {
  const { envelope, resource } = openWechatNotification(http, ctx, 'TRANSACTION.', 'payment');
  return readTransaction(resource, envelope, ctx);
}

/** Reads a refund result notification (退款结果通知: REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED). */
export function readWechatRefundNotification(http: HttpNotification, ctx: NotificationContext): RefundNotification {
  const { resource: r } = openWechatNotification(http, ctx, 'REFUND.', 'refund');
  if (r.mchid !== ctx.mchid) throw new PaymentRejected(`notification for another merchant: ${String(r.mchid)}`);
  const status = PLATFORM_REFUND_STATUSES.find((s) => s === r.refund_status);
  if (!status || status === 'PROCESSING') throw new PaymentRejected(`unexpected refund_status ${String(r.refund_status)}`);
  const outTradeNo = text(r.out_trade_no);
  const outRefundNo = text(r.out_refund_no);
  const refundId = text(r.refund_id);
  const amount = isObject(r.amount) ? r.amount : {};
  if (!outTradeNo || !outRefundNo || !refundId) throw new PaymentRejected('missing out_trade_no, out_refund_no or refund_id');
  if (!isFen(amount.refund) || !isFen(amount.total)) throw new PaymentRejected('missing or invalid amount.refund / amount.total');
  return {
    outTradeNo,
    outRefundNo,
    refundId,
    status,
    refundFen: amount.refund,
    totalFen: amount.total,
    receivedAccount: text(r.user_received_account) ?? null,
  };
}

function readTransaction(tx: Json, envelope: Json, ctx: NotificationContext): PaymentNotification {
  if (tx.mchid !== ctx.mchid) throw new PaymentRejected(`notification for another merchant: ${String(tx.mchid)}`);
  if (tx.appid !== ctx.appid) throw new PaymentRejected(`notification for another app: ${String(tx.appid)}`);

  const tradeState = tx.trade_state;
  if (!isTradeState(tradeState)) throw new PaymentRejected(`unknown trade_state ${String(tx.trade_state)}`);
  const paid = tradeState === 'SUCCESS';
  const outTradeNo = text(tx.out_trade_no);
  const transactionId = text(tx.transaction_id);
  const amountFen = isObject(tx.amount) ? tx.amount.total : undefined;
  const payerOpenid = isObject(tx.payer) ? text(tx.payer.openid) : undefined;
  const paidAt = new Date(String((paid ? tx.success_time : tx.success_time ?? envelope.create_time) ?? ''));

  if (!outTradeNo) throw new PaymentRejected('missing out_trade_no');
  if (paid && !transactionId) throw new PaymentRejected('missing transaction_id');
  if (!isFen(amountFen)) throw new PaymentRejected('missing or invalid amount.total');
  if (!payerOpenid) throw new PaymentRejected('missing payer.openid');
  if (Number.isNaN(paidAt.getTime())) throw new PaymentRejected('missing or invalid success_time');
  return { outTradeNo, transactionId: transactionId ?? '', tradeState, amountFen, payerOpenid, paidAt };
}

function isFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
