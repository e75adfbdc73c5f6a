/** The wire contract of 分销: codes, commission, withdrawals, and their admin. */
import type { Fen } from '../domain/money';
import type { Tier } from './member';

export interface DistributorSummary {
  code: string;
  status: 'active' | 'suspended';
  /** Frozen commission: due when its order completed and the after-sale window (fulfilment settings) ended. */
  pendingFen: Fen;
  availableFen: Fen;
  withdrawnFen: Fen;
  /** Orders that earned this distributor a commission: the rows of 佣金明细 (refunded ones included). */
  orders: number;
  /** Shoppers bound to this distributor: the rows of 我的客户. */
  customers: number;
  /** The next frozen amounts and when they unfreeze, soonest first. */
  unfreezing: { amountFen: Fen; unfreezeAt: string }[];
  /** Withdrawals waiting for the member's 确认收款, soonest deadline first (at most 5). */
  awaitingConfirmation: WithdrawalView[];
  rateBps: number;
  minWithdrawFen: Fen;
  maxWithdrawalsPerDay: number;
}

export interface CommissionView {
  orderId: string;
  title: string;
  buyerNickname: string;
  paidFen: Fen;
  rateBps: number;
  amountFen: Fen;
  status: 'pending' | 'settled' | 'cancelled' | 'reversed';
  effectiveAt: string;
  unfreezeAt: string;
}

export interface CustomerView {
  nickname: string;
  avatar: string;
  boundAt: string;
  expiresAt: string;
  active: boolean;
}

export interface WithdrawalView {
  withdrawalId: string;
  amountFen: Fen;
  /** awaiting_confirmation: 待确认收款 (the member must confirm in WeChat); cancelled: not confirmed in 24 h, the amount is back. */
  status: 'pending_review' | 'approved' | 'awaiting_confirmation' | 'succeeded' | 'rejected' | 'failed' | 'cancelled';
  createdAt: string;
  note: string;
  failReason: string | null;
  /** For awaiting_confirmation on weapp: pass to wx.requestMerchantTransfer. */
  packageInfo: string | null;
  /** For awaiting_confirmation: when WeChat closes the transfer unconfirmed (ISO); '' otherwise. */
  confirmBy: string;
}

export interface DistributorApplicationView {
  openid: string;
  nickname: string;
  avatar: string;
  tier: Tier;
  realName: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  note: string;
  createdAt: string;
}

export interface AdminDistributorView {
  openid: string;
  nickname: string;
  code: string;
  status: 'active' | 'suspended';
  source: string;
  pendingFen: Fen;
  availableFen: Fen;
  withdrawnFen: Fen;
  customers: number;
}

export interface AdminWithdrawalView extends WithdrawalView {
  openid: string;
  nickname: string;
}

/** A wallet whose cached figures differ from its ledger entries or its payouts. */
export interface WalletDifferenceView {
  openid: string;
  cachedAvailableFen: Fen | null; // null: the wallet document is missing
  entriesFen: Fen;
  cachedWithdrawnFen: Fen | null;
  paidOutFen: Fen;
}

/** One run of the daily ledger reconciliation: it reports, it never corrects. */
export interface ReconciliationView {
  reconciliationId: string;
  startedAt: string;
  finishedAt: string;
  wallets: number;
  differenceCount: number;
  differences: WalletDifferenceView[];
}

export interface DistributionSettings {
  defaultRateBps: number;
  bindingDays: number;
  minWithdrawFen: Fen;
  maxWithdrawalsPerDay: number;
}
