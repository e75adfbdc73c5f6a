/** The wire contract of 社区: polls. */
import type { Tier } from './member';

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
