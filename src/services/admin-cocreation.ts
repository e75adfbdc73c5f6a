import type {
  IdeaView,
  ProjectApplicationView,
  ProjectDetail,
  ProjectDraft,
  ProjectPhase,
  ProjectRewardsView,
  ProposalView,
  TrialRoundView,
} from '@shared/api'
import { invoke } from './api-client'

// 共创计划, the brand's side (function `admin`; FORBIDDEN to anyone else). The reads
// (listProjects, getProject: the brand sees drafts too) and commentProposal are shared
// with the members' pages and live in ./cocreation.
export { commentProposal, getProject, listProjects } from './cocreation'

/** Creates a project (no id) or edits one; changed rules become a new version participants accept again. */
export async function saveProject(draft: ProjectDraft, projectId?: string): Promise<ProjectDetail> {
  return (await invoke('admin', 'saveProject', projectId ? { projectId, draft } : { draft })).project
}

export async function setProjectPhase(projectId: string, phase: ProjectPhase): Promise<ProjectDetail> {
  return (await invoke('admin', 'setProjectPhase', { projectId, phase })).project
}

export async function adoptIdea(ideaId: string, note: string): Promise<IdeaView> {
  return (await invoke('admin', 'adoptIdea', { ideaId, note })).idea
}

export async function projectApplications(projectId: string): Promise<ProjectApplicationView[]> {
  return (await invoke('admin', 'projectApplications', { projectId })).items
}

/** Up to the project's maxCoCreators; members not yet 共创官 are promoted. */
export async function selectCoCreators(projectId: string, openids: string[]): Promise<ProjectDetail> {
  return (await invoke('admin', 'selectCoCreators', { projectId, openids })).project
}

export async function adoptProposal(proposalId: string): Promise<ProposalView> {
  return (await invoke('admin', 'adoptProposal', { proposalId })).proposal
}

/** 寄出样品: a trial round with its version note and what changed since the last one. */
export async function openTrialRound(projectId: string, version: string, changes: string): Promise<TrialRoundView> {
  return (await invoke('admin', 'openTrialRound', { projectId, version, changes })).round
}

/** 上市: links a deal, optionally as a C2M pre-sale. */
export async function launchProject(
  projectId: string,
  dealId: string,
  presale?: { endsAt: string; minQuantity: number },
): Promise<ProjectDetail> {
  return (await invoke('admin', 'launchProject', { projectId, dealId, ...(presale ? { presale } : {}) })).project
}

export function projectRewards(projectId: string): Promise<ProjectRewardsView> {
  return invoke('admin', 'projectRewards', { projectId })
}
