import { ADMIN, OFFICER, RoundTripCall, Scene, SHOPPER } from './scene';

const soup = (s: Scene) => s.idOf('projects', { title: '秋冬暖身汤' });
const launched = (s: Scene) => s.idOf('projects', { title: '晨光能量碗' });

/** The brand moves 秋冬暖身汤 on (not counted: admin calls) before a member's next contribution. */
async function toPhase(s: Scene, phase: string): Promise<string> {
  const projectId = await soup(s);
  await s.call('admin', ADMIN, { action: 'setProjectPhase', projectId, phase });
  return projectId;
}

/**
 * 共创计划 along 秋冬暖身汤's phases: 小满 reads, accepts the rules, posts and upvotes an idea;
 * 小禾 applies, is selected, proposes, comments and reports on a trial round.
 */
export const cocreationCalls: RoundTripCall[] = [
  { key: 'cocreation.listProjects', as: SHOPPER, data: () => ({ action: 'listProjects' }) },
  { key: 'cocreation.getProject', as: SHOPPER, data: async (s) => ({ action: 'getProject', projectId: await launched(s) }) },
  { key: 'cocreation.acceptRules', as: SHOPPER, data: async (s) => ({ action: 'acceptRules', projectId: await soup(s), rulesVersion: 1 }) },
  {
    key: 'cocreation.submitIdea',
    as: SHOPPER,
    data: async (s) => ({ action: 'submitIdea', projectId: await soup(s), text: '想要一款加了山药和红枣的汤，早上喝一碗很暖', images: [], clientToken: 'bench-idea-1' }),
  },
  { key: 'cocreation.upvoteIdea', as: SHOPPER, data: async (s) => ({ action: 'upvoteIdea', ideaId: await s.idOf('ideas', { openid: OFFICER }) }) },
  { key: 'cocreation.myContributions', as: SHOPPER, data: () => ({ action: 'myContributions' }) },
  {
    key: 'cocreation.applyToProject',
    as: OFFICER,
    data: async (s) => ({ action: 'applyToProject', projectId: await toPhase(s, 'recruiting'), statement: '做了三年烘焙，熟悉杂粮和汤品的搭配', expertise: ['配方', '试吃'], images: [] }),
  },
  {
    key: 'cocreation.submitProposal',
    as: OFFICER,
    data: async (s) => {
      const projectId = await soup(s);
      await s.call('admin', ADMIN, { action: 'selectCoCreators', projectId, openids: [OFFICER] });
      await toPhase(s, 'proposals');
      return { action: 'submitProposal', projectId, kind: 'recipe', text: '山药 30%、红枣 10%、小米打底，少盐', images: [], clientToken: 'bench-proposal-1' };
    },
    keep: (s, a) => void (s.kept.proposalId = a.proposal.proposalId),
  },
  { key: 'cocreation.commentProposal', as: OFFICER, data: (s) => ({ action: 'commentProposal', proposalId: s.kept.proposalId, text: '补充：红枣去核更方便', clientToken: 'bench-comment-1' }) },
  {
    key: 'cocreation.submitTrialReport',
    as: OFFICER,
    data: async (s) => {
      const projectId = await toPhase(s, 'trial');
      const { round } = await s.call('admin', ADMIN, { action: 'openTrialRound', projectId, version: 'v1 样品' });
      return { action: 'submitTrialReport', projectId, roundId: round.roundId, scores: { taste: 4, texture: 4, packaging: 3, value: 5 }, text: '味道很温和，山药再多一点更好', images: [], wouldBuy: true };
    },
  },
];
