import { createMain } from '../shared/runtime/router';
import { acceptRules, getProject, listProjects } from './actions/projects';
import { submitIdea, upvoteIdea } from './actions/ideas';
import { applyToProject } from './actions/recruiting';
import { commentProposal, submitProposal } from './actions/proposals';
import { submitTrialReport } from './actions/trials';
import { myContributions } from './actions/mine';

/** 共创计划: members read projects, accept their rules and contribute in the phase that is open. */
export const main = createMain('cocreation', {
  listProjects,
  getProject,
  acceptRules,
  submitIdea,
  upvoteIdea,
  applyToProject,
  submitProposal,
  commentProposal,
  submitTrialReport,
  myContributions,
});
