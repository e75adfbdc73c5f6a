/**
 * The wire contract between the mini-program and the cloud functions:
 * what each action takes and returns. Imported by `src/services/` and by the
 * handlers, so a renamed field breaks the build on both sides.
 */
import type { Fen } from './domain/money';
import type { DealPhase } from './domain/deal';

export type Tier = 'explorer' | 'officer' | 'cocreator';

/** A group-buy deal as a shopper sees it. Image fields are cloud file ids (cloud://...). */
export interface DealView {
  dealId: string;
  productId: string;
  title: string;
  subtitle: string;
  image: string;
  images: string[];
  description: string;
  groupPriceFen: Fen;
  soloPriceFen: Fen | null;
  groupSize: number;
  timeLimitMinutes: number;
  perUserLimit: number;
  stockLeft: number;
  soldCount: number;
  startAt: string;
  endAt: string;
  autoComplete: boolean;
  commissionBps: number;
  status: 'draft' | 'active' | 'closed';
  /** Where the deal stands now: only `on_sale` can be bought. */
  phase: DealPhase;
  tags: string[];
}

/** An open group a shopper may join, as listed on the deal page. No fake members, ever. */
export interface OpenGroupView {
  groupId: string;
  leaderNickname: string;
  leaderAvatar: string;
  size: number;
  seatsTaken: number;
  seatsLeft: number;
  expiresAt: string;
}

export interface ListDealsInput {
  cursor?: string;
}
export interface ListDealsOutput {
  items: DealView[];
  cursor?: string;
}

export interface GetDealInput {
  dealId: string;
}
export interface GetDealOutput {
  deal: DealView;
  openGroups: OpenGroupView[];
}

/** What the mini-program needs to pay for an order. */
export type PaymentParams =
  | {
      /** WeChat Pay JSAPI: pass the rest to wx.requestPayment as is. */
      provider: 'wechat';
      timeStamp: string;
      nonceStr: string;
      package: string;
      signType: 'RSA';
      paySign: string;
    }
  | {
      /** The local sandbox: the h5 app shows a pay sheet and confirms through POST /dev/pay. */
      provider: 'sandbox';
      orderId: string;
      amountFen: Fen;
      description: string;
    };

export type { OrderStatus } from './domain/order';
import type { OrderStatus } from './domain/order';

export type GroupStatus = 'pending' | 'open' | 'succeeded' | 'failed';

export interface GroupMemberView {
  nickname: string;
  avatar: string;
  isLeader: boolean;
  /** A reserved seat whose payment has not arrived yet shows as not paid. */
  paid: boolean;
}

export interface GroupView {
  groupId: string;
  dealId: string;
  deal: DealView;
  status: GroupStatus;
  size: number;
  seatsTaken: number;
  paidCount: number;
  seatsLeft: number;
  openedAt: string;
  /** When an open group fails (or, with autoComplete, ships as it is). '' until it opens. */
  expiresAt: string;
  /** Real members only, in the order they joined; nickname and avatar, nothing else. */
  members: GroupMemberView[];
  /** The caller's own order in this group, if any. */
  myOrder: { orderId: string; status: OrderStatus } | null;
  /** null when the caller may join now; otherwise why not (a Chinese sentence). */
  joinBlockedReason: string | null;
}

export interface OrderView {
  orderId: string;
  dealId: string;
  groupId: string | null;
  title: string;
  image: string;
  kind: 'group' | 'solo';
  quantity: number;
  unitPriceFen: Fen;
  amountFen: Fen;
  status: OrderStatus;
  createdAt: string;
  /** Pay before this moment, while status is pending_payment. */
  payBefore: string;
  paidAt: string;
  /** The group's state for group orders (null for solo orders). */
  groupStatus: GroupStatus | null;
  /** What happens next, for the shopper, in Chinese (e.g. 等待成团：还差 2 人). */
  nextStep: string;
  refund: { status: 'pending' | 'succeeded' | 'failed'; amountFen: Fen } | null;
}

export interface StartGroupInput {
  dealId: string;
  quantity?: number;
  /** The distribution code of the card this shopper came from, if any. */
  code?: string;
}
export interface StartGroupOutput {
  groupId: string;
  orderId: string;
  payment: PaymentParams;
}
export interface JoinGroupInput {
  groupId: string;
  quantity?: number;
  code?: string;
}
export interface JoinGroupOutput {
  orderId: string;
  payment: PaymentParams;
}
export interface BuySoloInput {
  dealId: string;
  quantity?: number;
  code?: string;
}
export interface OrderPaymentOutput {
  orderId: string;
  payment: PaymentParams;
}

/** Admin: a deal as the brand operator edits it. */
export interface DealDraft {
  productId?: string;
  title: string;
  subtitle: string;
  description: string;
  image: string;
  images: string[];
  groupPriceFen: Fen;
  soloPriceFen: Fen | null;
  groupSize: number;
  timeLimitMinutes: number;
  perUserLimit: number;
  stock: number;
  startAt: string;
  endAt: string;
  autoComplete: boolean;
  commissionBps: number;
  tags: string[];
}

export interface AdminDealView extends DealView {
  stockInitial: number;
  stockReserved: number;
  groupCounts: { open: number; succeeded: number; failed: number };
}

export interface AdminGroupView {
  groupId: string;
  status: GroupStatus;
  size: number;
  seatsTaken: number;
  paidCount: number;
  leaderNickname: string;
  openedAt: string;
  expiresAt: string;
}

export interface DistributorSummary {
  code: string;
  status: 'active' | 'suspended';
  /** Frozen commission: unfreezes 7 days after each order became effective. */
  pendingFen: Fen;
  availableFen: Fen;
  withdrawnFen: Fen;
  /** Orders attributed to this distributor. */
  orders: number;
  customers: number;
  /** The next frozen amounts and when they unfreeze, soonest first. */
  unfreezing: { amountFen: Fen; unfreezeAt: string }[];
  rateBps: number;
  minWithdrawFen: Fen;
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
  status: 'pending_review' | 'approved' | 'awaiting_confirmation' | 'succeeded' | 'rejected' | 'failed';
  createdAt: string;
  note: string;
  failReason: string | null;
  /** For awaiting_confirmation on weapp: pass to wx.requestMerchantTransfer. */
  packageInfo: string | null;
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

export interface DistributionSettings {
  defaultRateBps: number;
  bindingDays: number;
  frozenDays: number;
  minWithdrawFen: Fen;
  maxWithdrawalsPerDay: number;
}

export interface MeOutput {
  openid: string;
  nickname: string;
  avatar: string;
  tier: Tier;
  growth: number;
  points: number;
  isAdmin: boolean;
  isDistributor: boolean;
  /** The caller's own distribution code, when they are a distributor. */
  distributorCode: string | null;
  /** The next tier and the growth still needed for it (0 when it takes an application). */
  nextTier: Tier | null;
  growthToNext: number;
  officerThreshold: number;
  checkedInToday: boolean;
  /** The current check-in streak (0 when yesterday and today were missed). */
  streak: number;
}

export interface CheckInOutput {
  day: string;
  streak: number;
  pointsGranted: number;
  growthGranted: number;
}

export interface CheckInCalendar {
  month: string; // yyyymm
  days: { day: string; streak: number; points: number }[];
  streak: number;
  checkedInToday: boolean;
  rewards: { growth: number; points: number }[];
}

export interface GrantView {
  reason: string;
  growth: number;
  points: number;
  createdAt: string;
}

export interface CoCreatorApplicationView {
  openid: string;
  nickname: string;
  avatar: string;
  tier: Tier;
  growth: number;
  statement: string;
  expertise: string[];
  status: 'pending' | 'approved' | 'rejected' | 'revoked';
  note: string;
  createdAt: string;
}

export interface PollOptionView {
  optionId: string;
  label: string;
  image: string;
  /** Only when results are visible (after voting or after close). */
  votes: number | null;
}

export interface PollView {
  pollId: string;
  title: string;
  description: string;
  options: PollOptionView[];
  multiple: boolean;
  maxChoices: number;
  minTier: Tier;
  openAt: string;
  closeAt: string;
  phase: 'upcoming' | 'open' | 'closed';
  totalVoters: number;
  myChoices: string[] | null;
  resultsVisible: boolean;
  /** Why the caller may not vote now, or null. */
  voteBlockedReason: string | null;
  dealId: string | null;
  adoptedDealId: string | null;
  winnerOptionId: string | null;
}

export interface PollDraft {
  title: string;
  description: string;
  options: { label: string; image?: string }[];
  maxChoices: number;
  minTier: Tier;
  openAt: string;
  closeAt: string;
  dealId?: string;
}

export interface MemberSettings {
  officerThreshold: number;
  checkinRewards: { growth: number; points: number }[];
}

/** Every action of every function, by function name: the services layer is typed from this. */
export interface Api {
  groupbuy: {
    listDeals: [ListDealsInput, ListDealsOutput];
    getDeal: [GetDealInput, GetDealOutput];
    startGroup: [StartGroupInput, StartGroupOutput];
    joinGroup: [JoinGroupInput, JoinGroupOutput];
    buySolo: [BuySoloInput, OrderPaymentOutput];
    getGroup: [{ groupId: string }, { group: GroupView }];
    myOrders: [{ cursor?: string }, { items: OrderView[]; cursor?: string }];
    getOrder: [{ orderId: string }, { order: OrderView }];
    /** Payment parameters again for an unpaid order (the pay sheet was closed). */
    payOrder: [{ orderId: string }, OrderPaymentOutput];
    cancelOrder: [{ orderId: string }, { order: OrderView }];
    /** A share poster's mini-program code: a PNG as a cloud file id (weapp) or null on the local cloud. */
    posterCode: [{ page: string; scene: string }, { fileId: string | null }];
  };
  admin: {
    listDeals: [{ cursor?: string }, { items: AdminDealView[]; cursor?: string }];
    getDeal: [{ dealId: string }, { deal: AdminDealView; draft: DealDraft }];
    saveDeal: [{ dealId?: string; draft: DealDraft }, { deal: AdminDealView }];
    setDealStatus: [{ dealId: string; status: 'active' | 'closed' }, { deal: AdminDealView }];
    dealGroups: [{ dealId: string; status?: GroupStatus; cursor?: string }, { items: AdminGroupView[]; cursor?: string }];
    /** After-sale refund of a paid or effective order. */
    refundOrder: [{ orderId: string; reason: string }, { status: OrderStatus }];
    distributorApplications: [{ status?: 'pending' | 'approved' | 'rejected' }, { items: DistributorApplicationView[] }];
    reviewDistributorApplication: [{ openid: string; approve: boolean; note?: string }, { application: DistributorApplicationView }];
    distributors: [{ cursor?: string }, { items: AdminDistributorView[]; cursor?: string }];
    setDistributorStatus: [{ openid: string; status: 'active' | 'suspended' }, { distributor: AdminDistributorView }];
    withdrawals: [{ status?: WithdrawalView['status']; cursor?: string }, { items: AdminWithdrawalView[]; cursor?: string }];
    reviewWithdrawal: [{ withdrawalId: string; approve: boolean; note?: string }, { withdrawal: AdminWithdrawalView }];
    distributionSettings: [Record<string, never>, DistributionSettings];
    saveDistributionSettings: [DistributionSettings, DistributionSettings];
    coCreatorApplications: [{ status?: CoCreatorApplicationView['status'] }, { items: CoCreatorApplicationView[] }];
    reviewCoCreatorApplication: [{ openid: string; approve: boolean; note: string }, { application: CoCreatorApplicationView }];
    revokeCoCreator: [{ openid: string; reason: string }, { application: CoCreatorApplicationView }];
    memberSettings: [Record<string, never>, MemberSettings];
    savePoll: [{ pollId?: string; draft: PollDraft }, { poll: PollView }];
    closePoll: [{ pollId: string }, { poll: PollView }];
    /** Turns a closed poll's winning option into a draft deal; its voters are credited as contributors. */
    adoptPoll: [{ pollId: string }, { dealId: string; contributors: number }];
    saveMemberSettings: [MemberSettings, MemberSettings];
  };
  member: {
    me: [Record<string, never>, MeOutput];
    checkIn: [Record<string, never>, CheckInOutput];
    calendar: [{ month?: string }, CheckInCalendar];
    history: [{ cursor?: string }, { items: GrantView[]; cursor?: string }];
    applyCoCreator: [{ statement: string; expertise: string[]; agreeCharter: boolean }, { applicationId: string; status: CoCreatorApplicationView['status'] }];
    coCreatorApplication: [Record<string, never>, { application: CoCreatorApplicationView | null }];
  };
  community: {
    listPolls: [Record<string, never>, { items: PollView[] }];
    getPoll: [{ pollId: string }, { poll: PollView }];
    vote: [{ pollId: string; optionIds: string[] }, { poll: PollView; counts: Record<string, number> }];
  };
  distribution: {
    myCode: [Record<string, never>, { code: string }];
    bind: [{ code: string }, { bound: boolean; distributor: { nickname: string; avatar: string } | null }];
    summary: [Record<string, never>, DistributorSummary];
    commissions: [{ cursor?: string }, { items: CommissionView[]; cursor?: string }];
    customers: [{ cursor?: string }, { items: CustomerView[]; cursor?: string }];
    withdraw: [{ amountFen: Fen }, { withdrawalId: string; status: WithdrawalView['status'] }];
    withdrawals: [{ cursor?: string }, { items: WithdrawalView[]; cursor?: string }];
    /** After the user confirmed a transfer in WeChat: ask the payout platform again. */
    refreshWithdrawal: [{ withdrawalId: string }, { withdrawal: WithdrawalView }];
    apply: [{ realName: string; reason: string }, { status: DistributorApplicationView['status'] }];
    application: [Record<string, never>, { application: DistributorApplicationView | null; isDistributor: boolean }];
  };
}
