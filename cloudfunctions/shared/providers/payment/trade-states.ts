import type { PaymentNotification } from './port';

export type TradeState = PaymentNotification['tradeState'];

const TRADE_STATES: ReadonlyArray<TradeState> = [
  'SUCCESS',
  'REFUND',
  'NOTPAY',
  'CLOSED',
  'REVOKED',
  'USERPAYING',
  'PAYERROR',
];

export function isTradeState(value: unknown): value is TradeState {
  return TRADE_STATES.some((state) => state === value);
}
