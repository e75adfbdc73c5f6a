import { createMain } from '../shared/runtime/router';
import { coCreatorApplications, memberSettings, reviewCoCreatorApplication, revokeCoCreator, saveMemberSettings } from './actions/co-creators';
import { dealGroups } from './actions/deal-groups';
import { launchProject, projectRewards } from './actions/launch-project';
import { adoptPoll, closePoll, savePoll } from './actions/polls';
import { moderatePost, moderationPosts } from './actions/posts';
import { getPartner, invitePartnerStaff, listPartners, removePartnerStaff, savePartner, savePerk } from './actions/partners';
import { awardContest, saveContest } from './actions/contests';
import { saveEvent } from './actions/events';
import { getDeal, listDeals, setDealStatus } from './actions/deals';
import { distributorApplications, distributors, reviewDistributorApplication, setDistributorStatus } from './actions/distributors';
import { saveDeal } from './actions/save-deal';
import { saveProject, setProjectPhase } from './actions/projects';
import { adoptIdea, adoptProposal, openTrialRound, projectApplications, selectCoCreators } from './actions/project-contributions';
import { distributionSettings, refundOrder, saveDistributionSettings } from './actions/settings';
import { reconciliations, reviewWithdrawal, withdrawals } from './actions/withdrawals';

/** 品牌管理: the brand operator's actions. Every one needs `isAdmin` on the caller's user record. */
export const main = createMain('admin', {
  listDeals,
  getDeal,
  saveDeal,
  setDealStatus,
  dealGroups,
  refundOrder,
  distributorApplications,
  reviewDistributorApplication,
  distributors,
  setDistributorStatus,
  withdrawals,
  reviewWithdrawal,
  reconciliations,
  distributionSettings,
  saveDistributionSettings,
  coCreatorApplications,
  reviewCoCreatorApplication,
  revokeCoCreator,
  memberSettings,
  saveMemberSettings,
  savePoll,
  closePoll,
  adoptPoll,
  moderationPosts,
  moderatePost,
  saveContest,
  awardContest,
  saveProject,
  setProjectPhase,
  adoptIdea,
  projectApplications,
  selectCoCreators,
  adoptProposal,
  openTrialRound,
  launchProject,
  projectRewards,
  saveEvent,
  listPartners,
  getPartner,
  savePartner,
  invitePartnerStaff,
  removePartnerStaff,
  savePerk,
});
