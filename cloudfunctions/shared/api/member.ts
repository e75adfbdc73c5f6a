/** The wire contract of 会员: profile, tiers, growth, check-ins, co-creator applications. */

export type { Tier } from '../domain/growth';
import type { Tier } from '../domain/growth';

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
