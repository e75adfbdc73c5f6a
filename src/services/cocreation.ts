import type {
  CommentView,
  IdeaView,
  MyProjectContributions,
  ProjectCard,
  ProjectDetail,
  ProposalKind,
  ProposalView,
  TrialRoundView,
  TrialScores,
} from '@shared/api'
import { invoke } from './api-client'

// 共创计划: projects, and a member's ideas, applications, proposals and trial reports.

/** Open, in progress and launched projects, one page at a time. */
export function listProjects(cursor?: string): Promise<{ items: ProjectCard[]; cursor?: string }> {
  return invoke('cocreation', 'listProjects', cursor ? { cursor } : {})
}

export async function getProject(projectId: string): Promise<ProjectDetail> {
  return (await invoke('cocreation', 'getProject', { projectId })).project
}

/** 同意规则: records the caller's acceptance of this version of the rules. */
export async function acceptRules(projectId: string, rulesVersion: number): Promise<number> {
  return (await invoke('cocreation', 'acceptRules', { projectId, rulesVersion })).acceptedVersion
}

export async function submitIdea(projectId: string, text: string, images: string[]): Promise<IdeaView> {
  return (await invoke('cocreation', 'submitIdea', { projectId, text, images })).idea
}

/** Once per member per idea; the idea's count comes back. */
export function upvoteIdea(ideaId: string): Promise<{ upvoted: true; upvotes: number }> {
  return invoke('cocreation', 'upvoteIdea', { ideaId })
}

/** 申请成为产品共创官 (体验官 and above). */
export async function applyToProject(projectId: string, statement: string, expertise: string[], images: string[]): Promise<'pending' | 'selected' | 'declined'> {
  return (await invoke('cocreation', 'applyToProject', { projectId, statement, expertise, images })).status
}

export async function submitProposal(projectId: string, kind: ProposalKind, text: string, images: string[]): Promise<ProposalView> {
  return (await invoke('cocreation', 'submitProposal', { projectId, kind, text, images })).proposal
}

export async function commentProposal(proposalId: string, text: string): Promise<CommentView> {
  return (await invoke('cocreation', 'commentProposal', { proposalId, text })).comment
}

export interface TrialReportInput {
  scores: TrialScores
  text: string
  images: string[]
  wouldBuy: boolean
}

export async function submitTrialReport(projectId: string, roundId: string, report: TrialReportInput): Promise<TrialRoundView> {
  return (await invoke('cocreation', 'submitTrialReport', { projectId, roundId, ...report })).round
}

/** 我的共创: the projects the caller took part in, with rewards and the next threshold. */
export async function myContributions(): Promise<MyProjectContributions[]> {
  return (await invoke('cocreation', 'myContributions', {})).items
}
