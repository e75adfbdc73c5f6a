import { HttpNotification, PaymentNotification, PaymentRejected } from './port';
import { decryptResource, EncryptedResource } from './wechat-pay-aead';
import type { PlatformKeyring } from '../wechat-pay-v3/keys';
import { isTradeState } from './trade-states';
import { wechatSignatureProblem } from '../wechat-pay-v3/signature';

export interface NotificationContext {
  appid: string;
  mchid: string;
  apiV3Key: string;
  keys: PlatformKeyring;
  nowMs: number;
}

type Json = Record<string, unknown>;

/** Reads a payment notification (支付成功回调) that WeChat Pay POSTed to our notify_url. */
export function readWechatNotification(http: HttpNotification, ctx: NotificationContext): PaymentNotification {
  const problem = wechatSignatureProblem(http.headers, http.body, ctx.keys, ctx.nowMs);
  if (problem) throw new PaymentRejected(problem);

  const envelope = parseObject(http.body, 'body is not a JSON object');
  if (typeof envelope.event_type !== 'string' || !envelope.event_type.startsWith('TRANSACTION.')) {
    throw new PaymentRejected(`not a payment notification: event_type ${String(envelope.event_type)}`);
  }
  if (envelope.resource_type !== 'encrypt-resource' || !isEncryptedResource(envelope.resource)) {
    throw new PaymentRejected('malformed encrypted resource');
  }
  let plaintext: string;
  try {
    plaintext = decryptResource(envelope.resource, ctx.apiV3Key);
  } catch {
    throw new PaymentRejected('resource does not decrypt with the APIv3 key');
  }
  return readTransaction(parseObject(plaintext, 'decrypted resource is not a JSON object'), envelope, ctx);
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
  if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen) || amountFen < 0) {
    throw new PaymentRejected('missing or invalid amount.total');
  }
  if (!payerOpenid) throw new PaymentRejected('missing payer.openid');
  if (Number.isNaN(paidAt.getTime())) throw new PaymentRejected('missing or invalid success_time');
  return { outTradeNo, transactionId: transactionId ?? '', tradeState, amountFen, payerOpenid, paidAt };
}

function parseObject(json: string, problem: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new PaymentRejected(problem);
  }
  if (!isObject(value)) throw new PaymentRejected(problem);
  return value;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isEncryptedResource(value: unknown): value is EncryptedResource {
  return (
    isObject(value) &&
    typeof value.algorithm === 'string' &&
    typeof value.ciphertext === 'string' &&
    typeof value.nonce === 'string' &&
    (value.associated_data === undefined || typeof value.associated_data === 'string')
  );
}
