/**
 * Documents as stored in the database. Money is integer fen; times are Dates.
 * Only cloud functions write these (see database/security-rules.json).
 */
import type { Fen } from './domain/money';
import type { Tier } from './api';

export interface UserDoc {
  _id: string; // the openid
  nickname: string;
  avatar: string; // cloud file id
  tier: Tier;
  growth: number;
  points: number;
  isAdmin: boolean;
  isDistributor: boolean;
  distributorCode?: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductDoc {
  _id: string;
  name: string;
  summary: string;
  description: string;
  image: string;
  images: string[];
  tags: string[];
  createdAt: Date;
}

export type DealStatus = 'draft' | 'active' | 'closed';

export interface DealDoc {
  _id: string;
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
  /** Stock accounting: stockInitial == stockLeft + stockReserved + stockSold, always. */
  stockInitial: number;
  stockLeft: number;
  stockReserved: number;
  stockSold: number;
  startAt: Date;
  endAt: Date;
  autoComplete: boolean;
  commissionBps: number;
  status: DealStatus;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
}

export type GroupStatus = 'pending' | 'open' | 'succeeded' | 'failed';

export interface GroupMember {
  openid: string;
  nickname: string;
  avatar: string;
  paid: boolean;
  joinedAt: Date;
}

export interface GroupDoc {
  _id: string;
  dealId: string;
  leaderOpenid: string;
  size: number;
  seatsTaken: number;
  paidCount: number;
  status: GroupStatus;
  members: GroupMember[];
  createdAt: Date;
  openedAt: Date | null;
  expiresAt: Date | null;
}
