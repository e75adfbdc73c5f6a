/**
 * 共创计划 contributions as the one-read actions write them: the project's counters
 * (participants once per member, however their first contributions race, and whoever
 * credits them; ideaCount once per idea), retries that find or finish the first call's
 * work, the upvote's answer, and the participant journal the tick prunes.
 */
import { startTestCloud, TestCloud, ALL_COLLECTIONS } from '../helpers/test-cloud';
import { adminCall } from '../helpers/distribution';
import { makeProject } from '../helpers/cocreation';
import { runTimer } from '../helpers/groupbuy';
import type { IdeaDoc, ProjectDoc, TrialReportDoc } from '../../cloudfunctions/shared/model';
import { retryId } from '../../cloudfunctions/cocreation/flows/inputs';
import { now } from '../../cloudfunctions/shared/runtime/clock';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const co = (openid: string, data: Record<string, unknown>) => cloud.call('cocreation', data, openid);
async function coOk<T = any>(openid: string, data: Record<string, unknown>): Promise<T> {
  const res = await co(openid, data);
  if (!res.ok) throw new Error(`cocreation.${String(data.action)}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}
async function members(openids: string[], projectId: string, tier: 'explorer' | 'officer' = 'explorer') {
  for (const openid of openids) {
    await cloud.call('member', { action: 'me' }, openid);
    if (tier !== 'explorer') await cloud.db.collection('users').doc(openid).update({ tier });
    await coOk(openid, { action: 'acceptRules', projectId, rulesVersion: 1 });
  }
}
const project = async (id: string) => (await cloud.db.collection('projects').doc(id).get()).data[0] as ProjectDoc & { applied?: { key: string; at: Date }[] };
const count = async (collection: string, where: Record<string, unknown>) => (await cloud.db.collection(collection).where(where).count()).total;
const idea = (projectId: string, text: string, clientToken?: string) => ({ action: 'submitIdea', projectId, text, ...(clientToken ? { clientToken } : {}) });

describe('共创计划 contributions', () => {
  it('counts a member once in participants however many first contributions race, and every idea once in ideaCount', async () => {
    const projectId = await makeProject(cloud, { phase: 'ideas' });
    const crowd = ['race-0', 'race-1', 'race-2', 'race-3', 'race-4'];
    await members(['racer', ...crowd], projectId);
    await Promise.all(Array.from({ length: 8 }, (_, i) => coOk('racer', idea(projectId, `想法 ${i}`, `race-${i}`))));
    expect(await project(projectId)).toMatchObject({ participants: 1, ideaCount: 8 });
    await Promise.all(crowd.flatMap((id) => [1, 2, 3].map((i) => coOk(id, idea(projectId, `${id} 的想法 ${i}`)))));
    expect(await project(projectId)).toMatchObject({ participants: 6, ideaCount: 23 });
    expect(await count('contributions', { projectId, kind: 'idea' })).toBe(23);
    expect(await count('ideas', { projectId })).toBe(23);
  });

  it("counts the brand's credit and the member's own contributions as one participant", async () => {
    const projectId = await makeProject(cloud, { phase: 'recruiting' });
    await members(['picked', 'late'], projectId, 'officer');
    await coOk('picked', { action: 'applyToProject', projectId, statement: '我会做饭', expertise: ['配方'] });
    expect(await project(projectId)).toMatchObject({ participants: 0 }); // an application is not a contribution
    await adminCall(cloud, { action: 'selectCoCreators', projectId, openids: ['picked'] });
    expect(await project(projectId)).toMatchObject({ participants: 1 });
    await adminCall(cloud, { action: 'setProjectPhase', projectId, phase: 'proposals' });
    const { proposal } = await coOk('picked', { action: 'submitProposal', projectId, kind: 'recipe', text: '燕麦打底' });
    await adminCall(cloud, { action: 'adoptProposal', proposalId: proposal.proposalId });
    expect(await project(projectId)).toMatchObject({ participants: 1 });
    expect(await count('contributions', { projectId, openid: 'picked' })).toBe(3);
  });

  it('answers a retried idea with the first one, finishing the credit of a call that died after storing it', async () => {
    const projectId = await makeProject(cloud, { phase: 'ideas' });
    await members(['retrier', 'survivor'], projectId);
    const answers = await Promise.all(Array.from({ length: 6 }, () => coOk('retrier', idea(projectId, '加点黑芝麻', 'tap-1'))));
    expect(new Set(answers.map((a) => a.idea.ideaId)).size).toBe(1);
    expect(await count('ideas', { projectId })).toBe(1);
    expect(await count('contributions', { projectId })).toBe(1);
    expect(await project(projectId)).toMatchObject({ participants: 1, ideaCount: 1 });

    // The first call stored the idea and died before its credit: the retry credits it, once.
    const ideaId = retryId('survivor', 'tap-2');
    const stored: IdeaDoc = { _id: ideaId, projectId, openid: 'survivor', text: '冬天要热着喝', images: [], upvotes: 0, adopted: false, adoptionNote: '', createdAt: now() };
    await cloud.db.collection('ideas').add(stored);
    const retried = await Promise.all([1, 2, 3].map(() => coOk('survivor', idea(projectId, '冬天要热着喝', 'tap-2'))));
    expect(retried.map((a) => a.idea.ideaId)).toEqual([ideaId, ideaId, ideaId]);
    expect(await count('contributions', { projectId, openid: 'survivor', kind: 'idea' })).toBe(1);
    expect(await project(projectId)).toMatchObject({ participants: 2, ideaCount: 2 });
    // Another member's token names another idea; a token reused for another project is refused.
    const other = await makeProject(cloud, { phase: 'ideas' });
    await members(['survivor'], other);
    expect(await co('survivor', idea(other, '冬天要热着喝', 'tap-2'))).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('answers the count with the vote: one per member, however the taps race', async () => {
    const projectId = await makeProject(cloud, { phase: 'ideas' });
    await members(['poster', 'fan-a', 'fan-b'], projectId);
    const { idea: posted } = await coOk('poster', idea(projectId, '少放盐'));
    const taps = await Promise.all(Array.from({ length: 10 }, () => coOk('fan-a', { action: 'upvoteIdea', ideaId: posted.ideaId })));
    expect(taps.every((t) => t.upvoted)).toBe(true);
    expect(Math.max(...taps.map((t) => t.upvotes))).toBe(1);
    expect(await coOk('fan-a', { action: 'upvoteIdea', ideaId: posted.ideaId })).toEqual({ upvoted: true, upvotes: 1 });
    expect(await coOk('fan-b', { action: 'upvoteIdea', ideaId: posted.ideaId })).toEqual({ upvoted: true, upvotes: 2 });
    expect(await count('ideaVotes', { ideaId: posted.ideaId })).toBe(2);
    expect(await co('fan-a', { action: 'upvoteIdea', ideaId: 'no-such-idea' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await adminCall(cloud, { action: 'setProjectPhase', projectId, phase: 'recruiting' });
    await members(['fan-c'], projectId);
    const before = await cloud.countAll(ALL_COLLECTIONS);
    expect(await co('fan-c', { action: 'upvoteIdea', ideaId: posted.ideaId })).toMatchObject({ ok: false, error: { code: 'PHASE_CLOSED' } });
    expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);
    expect((await cloud.db.collection('ideas').doc(posted.ideaId).get()).data[0].upvotes).toBe(2);
  });

  it('answers retried proposals and comments with the first ones; the brand comments as the brand', async () => {
    const projectId = await makeProject(cloud, { phase: 'proposals', coCreators: ['author'] });
    await members(['author'], projectId, 'officer');
    const proposals = await Promise.all([1, 2, 3].map(() => coOk('author', { action: 'submitProposal', projectId, kind: 'copy', text: '一碗唤醒清晨', clientToken: 'p-1' })));
    expect(new Set(proposals.map((p) => p.proposal.proposalId)).size).toBe(1);
    expect(await count('proposals', { projectId })).toBe(1);
    expect(await count('contributions', { projectId, kind: 'proposal' })).toBe(1);
    expect(await project(projectId)).toMatchObject({ participants: 1 });
    const proposalId = proposals[0].proposal.proposalId;
    const comments = await Promise.all([1, 2].map(() => coOk('author', { action: 'commentProposal', proposalId, text: '再短一点', clientToken: 'c-1' })));
    expect(comments[0].comment.commentId).toBe(comments[1].comment.commentId);
    expect(comments[0].comment.author).toMatchObject({ isBrand: false });
    const brand = await coOk('demo-admin', { action: 'commentProposal', proposalId, text: '我们来排版', clientToken: 'c-1' });
    expect(brand.comment.author).toMatchObject({ isBrand: true });
    expect(await count('proposalComments', { proposalId })).toBe(2);
    expect(await co('author', { action: 'commentProposal', proposalId: 'no-such-proposal', text: '嗯' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('finishes the credit of a trial report whose call died after storing it, and still answers CONFLICT', async () => {
    const projectId = await makeProject(cloud, { phase: 'trial', coCreators: ['taster'] });
    await members(['taster'], projectId, 'officer');
    const { round } = await adminCall(cloud, { action: 'openTrialRound', projectId, version: 'v1' });
    const scores = { taste: 4, texture: 4, packaging: 4, value: 4 };
    const report: TrialReportDoc = { _id: `${round.roundId}_taster`, roundId: round.roundId, projectId, openid: 'taster', scores, text: '不错', images: [], wouldBuy: true, createdAt: now() };
    await cloud.db.collection('trialReports').add(report);
    const data = { action: 'submitTrialReport', projectId, roundId: round.roundId, scores, text: '不错', wouldBuy: true };
    expect(await co('taster', data)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await co('taster', data)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await count('contributions', { projectId, kind: 'trial_report' })).toBe(1);
    expect(await project(projectId)).toMatchObject({ participants: 1 });
  });

  it('prunes participant claims on the tick, and a member counted before is not counted again', async () => {
    const projectId = await makeProject(cloud, { phase: 'ideas' });
    await members(['early-bird'], projectId);
    await coOk('early-bird', idea(projectId, '第一条'));
    expect((await project(projectId)).applied?.map((e) => e.key)).toEqual(['participant:early-bird']);
    await runTimer(cloud, 'cocreationTick');
    expect((await project(projectId)).applied).toHaveLength(1); // still young
    cloud.clock.advance(31 * 60_000);
    await runTimer(cloud, 'cocreationTick');
    expect((await project(projectId)).applied).toEqual([]);
    await coOk('early-bird', idea(projectId, '第二条'));
    expect(await project(projectId)).toMatchObject({ participants: 1, ideaCount: 2, applied: [] });
  });
});
