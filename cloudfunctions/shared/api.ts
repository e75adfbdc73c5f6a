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

export interface MeOutput {
  openid: string;
  nickname: string;
  avatar: string;
  tier: Tier;
  growth: number;
  points: number;
  isAdmin: boolean;
  isDistributor: boolean;
}

/** Every action of every function, by function name: the services layer is typed from this. */
export interface Api {
  groupbuy: {
    listDeals: [ListDealsInput, ListDealsOutput];
    getDeal: [GetDealInput, GetDealOutput];
  };
  member: {
    me: [Record<string, never>, MeOutput];
  };
}
