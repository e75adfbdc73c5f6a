import { createMain } from '../shared/runtime/router';
import { coCreatorApplications, memberSettings, reviewCoCreatorApplication, revokeCoCreator, saveMemberSettings } from './actions/co-creators';
import { dealGroups } from './actions/deal-groups';
import { launchProject, projectRewards } from './actions/launch-project';
import { adoptPoll, closePoll, savePoll } from './actions/polls';
import { moderatePost, moderationPosts } from './actions/posts';
import { moderateComment, moderationComments } from './actions/comments';
import { getPartner, invitePartnerStaff, listPartners, removePartnerStaff, savePartner, savePerk } from './actions/partners';
import { awardContest, saveContest } from './actions/contests';
import { saveEvent } from './actions/events';
import { getDeal, listDeals, setDealStatus } from './actions/deals';
import { categories, deleteCategory, saveCategory } from './actions/categories';
import { distributorApplications, distributors, reviewDistributorApplication, setDistributorStatus } from './actions/distributors';
import { saveDeal } from './actions/save-deal';
import { listRewards, saveReward } from './actions/rewards';
import { saveProject, setProjectPhase } from './actions/projects';
import { adoptIdea, adoptProposal, openTrialRound, projectApplications, selectCoCreators } from './actions/project-contributions';
import { distributionSettings, refundOrder, saveDistributionSettings } from './actions/settings';
import { reconciliations, reviewWithdrawal, withdrawals } from './actions/withdrawals';
import { refundsNeedingAttention, resolveRefund } from './actions/refunds';

/** 品牌管理: the brand operator's actions. Every one needs `isAdmin` on the caller's user record. */
export const main = createMain('admin', {
  listDeals,
  getDeal,
  saveDeal,
  setDealStatus,
  categories,
  saveCategory,
  deleteCategory,
  dealGroups,
  refundOrder,
  refundsNeedingAttention,
  resolveRefund,
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
  moderationComments,
  moderateComment,
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
  listRewards,
  saveReward,
  listPartners,
  getPartner,
  savePartner,
  invitePartnerStaff,
  removePartnerStaff,
  savePerk,
});
