/**
 * The wire contract of 共创计划 (co-creation projects): ideas, recruiting,
 * proposals, trials, launch and contributor rewards; and the admin's side.
 */
import type { Fen } from '../domain/money';
import type {
  ContributionKind,
  ProjectPhase,
  ProposalKind,
  RewardPlan,
  RewardThreshold,
  TrialScores,
} from '../domain/cocreation';

export type { ContributionKind, ProjectPhase, ProposalKind, RewardPlan, RewardThreshold, TrialScores } from '../domain/cocreation';

/** The rules a participant accepts (规则先行); a change makes a new version. */
export interface ProjectRules {
  scope: string;
  /** Who owns what a contribution becomes. */
  ownership: string;
  /** How contributors are credited (named on the product, the wall…). */
  credit: string;
  /** The reward plan in words; the numbers are in `rewardPlan`. */
  rewards: string;
}

/** The planned dates of each phase (ISO); the phase in force is set by the brand. */
export type ProjectTimeline = Record<ProjectPhase, string>;

/** Admin: what the brand edits. */
export interface ProjectDraft {
  title: string;
  /** The question it answers, e.g. 你理想中的能量早餐 */
  question: string;
  cover: string;
  rules: ProjectRules;
  timeline: ProjectTimeline;
  /** How many 产品共创官 the brand selects (seed: 5). */
  maxCoCreators: number;
  rewardPlan: RewardPlan;
  /** An existing poll linked to the project (e.g. the packaging vote). */
  pollId?: string | null;
}

/** A project in the list. */
export interface ProjectCard {
  projectId: string;
  title: string;
  question: string;
  cover: string;
  /** 'draft' only for the brand. */
  phase: ProjectPhase | 'draft';
  /** open: ideas or recruiting; in_progress: proposals or trial; launched. */
  group: 'open' | 'in_progress' | 'launched';
  participants: number;
  ideaCount: number;
  launchedDealId: string | null;
}

export interface IdeaView {
  ideaId: string;
  author: { nickname: string; avatar: string };
  text: string;
  images: string[];
  upvotes: number;
  /** Whether the caller upvoted it. */
  upvoted: boolean;
  adopted: boolean;
  adoptionNote: string;
  createdAt: string;
}

export interface CommentView {
  commentId: string;
  author: { nickname: string; avatar: string; isBrand: boolean };
  text: string;
  createdAt: string;
}

export interface ProposalView {
  proposalId: string;
  kind: ProposalKind;
  author: { nickname: string; avatar: string };
  text: string;
  images: string[];
  adopted: boolean;
  comments: CommentView[];
  createdAt: string;
}

export interface TrialRoundView {
  roundId: string;
  /** e.g. v2：减糖 30% */
  version: string;
  sentAt: string;
  /** What changed because of the previous round's reports. */
  changes: string;
  averages: TrialScores;
  reports: number;
  wouldBuy: number;
  /** Whether the caller (a project co-creator of this round) has reported. */
  reported: boolean;
}

/** One line of the contribution wall: a member and what they contributed. */
export interface ContributionWallEntry {
  nickname: string;
  avatar: string;
  isCoCreator: boolean;
  contributions: { kind: ContributionKind; label: string; adopted: boolean }[];
}

export interface ProjectDetail extends ProjectCard {
  rules: ProjectRules;
  rulesVersion: number;
  timeline: ProjectTimeline;
  maxCoCreators: number;
  /** The caller's accepted rules version, or null. */
  acceptedVersion: number | null;
  /** Whether the caller accepted the current rules. */
  accepted: boolean;
  /** The caller's application to this project, if any. */
  application: { status: 'pending' | 'selected' | 'declined' } | null;
  /** Whether the caller is one of this project's 产品共创官. */
  isCoCreator: boolean;
  coCreators: { nickname: string; avatar: string }[];
  ideas: IdeaView[];
  proposals: ProposalView[];
  trialRounds: TrialRoundView[];
  wall: ContributionWallEntry[];
  rewardPlan: RewardPlan;
  /** Effective sales of the launched deal, and which thresholds were crossed. */
  sales: { units: number; gmvFen: Fen; crossed: number[] } | null;
  pollId: string | null;
}

/** 我的共创: one project the caller took part in. */
export interface MyProjectContributions {
  projectId: string;
  title: string;
  phase: ProjectPhase | 'draft';
  contributions: { kind: ContributionKind; label: string; adopted: boolean; at: string }[];
  /** The caller's weight in the split and everyone's total. */
  weight: number;
  totalWeight: number;
  rewards: { threshold: number; cashFen: Fen; points: number; paidAt: string }[];
  /** What the next threshold not yet crossed would pay the caller at today's weights, or null. */
  next: { threshold: RewardThreshold; cashFen: Fen; points: number } | null;
}

/** Admin: a threshold's payout (who got what). */
export interface ThresholdPayoutView {
  threshold: number;
  crossedAt: string;
  poolFen: Fen;
  points: number;
  shares: { openid: string; nickname: string; weight: number; cashFen: Fen; points: number }[];
}

export interface ProjectRewardsView {
  projectId: string;
  sales: { units: number; gmvFen: Fen };
  thresholds: (RewardThreshold & { crossed: boolean })[];
  payouts: ThresholdPayoutView[];
}

/** Admin: an application to join a project. */
export interface ProjectApplicationView {
  openid: string;
  nickname: string;
  avatar: string;
  tier: string;
  statement: string;
  expertise: string[];
  images: string[];
  status: 'pending' | 'selected' | 'declined';
  createdAt: string;
}

/** On a launched deal: its co-creators and the project's story. */
export interface DealCoCreation {
  projectId: string;
  title: string;
  coCreators: string[];
}

/** A C2M pre-sale on a deal: progress from real paid orders only. */
export interface PresaleView {
  endsAt: string;
  minQuantity: number;
  bookedQuantity: number;
  status: 'open' | 'succeeded' | 'failed';
}
