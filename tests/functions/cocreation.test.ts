import { startTestCloud, TestCloud, ALL_COLLECTIONS } from '../helpers/test-cloud';
import { adminCall } from '../helpers/distribution';
import { DEFAULT_WEIGHTS } from '../../cloudfunctions/shared/domain/cocreation';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

const RULES = { scope: '早餐碗的配方、包装与文案', ownership: '共创成果归品牌所有', credit: '产品页署名全部共创官', rewards: '销量达标后按贡献权重分配奖池' };
const draft = (over: Record<string, unknown> = {}) => ({
  title: '晨光能量碗',
  question: '你理想中的能量早餐',
  cover: 'cloud://gongying-local.local-bucket/covers/bowl.png',
  rules: RULES,
  timeline: { ideas: '2025-03-01', recruiting: '2025-03-10', proposals: '2025-03-20', trial: '2025-04-01', launched: '2025-04-20' },
  maxCoCreators: 2,
  rewardPlan: {
    thresholds: [
      { metric: 'units', atLeast: 500, poolFen: 300_000, points: 1000 },
      { metric: 'units', atLeast: 2000, poolFen: 800_000, points: 0 },
    ],
    weights: DEFAULT_WEIGHTS,
  },
  ...over,
});
const co = (openid: string, data: Record<string, unknown>) => cloud.call('cocreation', data, openid);
async function coOk<T = any>(openid: string, data: Record<string, unknown>): Promise<T> {
  const res = await co(openid, data);
  if (!res.ok) throw new Error(`cocreation.${String(data.action)}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}

/** A project opened by the brand and moved forward to `phase`. */
async function openProject(phase: string, over: Record<string, unknown> = {}): Promise<{ projectId: string; rulesVersion: number }> {
  const { project } = await adminCall(cloud, { action: 'saveProject', draft: draft(over) });
  for (const p of ['ideas', 'recruiting', 'proposals', 'trial']) {
    await adminCall(cloud, { action: 'setProjectPhase', projectId: project.projectId, phase: p });
    if (p === phase) break;
  }
  return { projectId: project.projectId, rulesVersion: project.rulesVersion };
}
async function member(openid: string, tier: 'explorer' | 'officer' | 'cocreator' = 'explorer') {
  await cloud.call('member', { action: 'me' }, openid);
  if (tier !== 'explorer') await cloud.db.collection('users').doc(openid).update({ tier });
}
const accept = (openid: string, projectId: string, rulesVersion = 1) => coOk(openid, { action: 'acceptRules', projectId, rulesVersion });

/** A project in 方案共创 with `coCreators` selected through the real recruiting flow. */
async function withCoCreators(coCreators: string[], phase: 'proposals' | 'trial') {
  const { projectId } = await openProject('recruiting', { maxCoCreators: 5 });
  for (const id of coCreators) {
    await member(id, 'officer');
    await accept(id, projectId);
    await coOk(id, { action: 'applyToProject', projectId, statement: '我每天早上都做能量碗', expertise: ['配方'] });
  }
  await adminCall(cloud, { action: 'selectCoCreators', projectId, openids: coCreators });
  await adminCall(cloud, { action: 'setProjectPhase', projectId, phase: 'proposals' });
  if (phase === 'trial') await adminCall(cloud, { action: 'setProjectPhase', projectId, phase: 'trial' });
  return projectId;
}

describe('共创计划', () => {
  it('shows members only opened projects, and the brand its drafts too', async () => {
    const { project: hidden } = await adminCall(cloud, { action: 'saveProject', draft: draft({ title: '草稿计划' }) });
    const { projectId } = await openProject('ideas');
    const seen = await coOk('lister', { action: 'listProjects' });
    expect(seen.items.map((p: any) => p.projectId)).toContain(projectId);
    expect(seen.items.map((p: any) => p.projectId)).not.toContain(hidden.projectId);
    expect(seen.items.find((p: any) => p.projectId === projectId)).toMatchObject({ phase: 'ideas', group: 'open', participants: 0, ideaCount: 0 });
    expect((await co('lister', { action: 'getProject', projectId: hidden.projectId })).error.code).toBe('NOT_FOUND');
    expect((await coOk('demo-admin', { action: 'listProjects' })).items.map((p: any) => p.projectId)).toContain(hidden.projectId);
  });

  it('refuses contributions outside their phase with PHASE_CLOSED and writes nothing', async () => {
    const { projectId } = await openProject('ideas');
    await member('early', 'officer');
    await accept('early', projectId);
    const before = await cloud.countAll(ALL_COLLECTIONS);
    const attempts = [
      { action: 'applyToProject', projectId, statement: '我想参与', expertise: ['配方'] },
      { action: 'submitProposal', projectId, kind: 'recipe', text: '燕麦 + 奇亚籽' },
      { action: 'submitTrialReport', projectId, roundId: 'r0', scores: { taste: 5, texture: 4, packaging: 3, value: 4 }, text: '好吃', wouldBuy: true },
    ];
    for (const data of attempts) expect((await co('early', data)).error?.code).toBe(data.action === 'submitTrialReport' ? 'NOT_FOUND' : 'PHASE_CLOSED');
    await adminCall(cloud, { action: 'setProjectPhase', projectId, phase: 'recruiting' });
    const afterMove = await cloud.countAll(ALL_COLLECTIONS);
    for (const data of [{ action: 'submitIdea', projectId, text: '加点坚果' }, { action: 'submitProposal', projectId, kind: 'copy', text: '一碗唤醒清晨' }]) {
      expect(await co('early', data)).toMatchObject({ ok: false, error: { code: 'PHASE_CLOSED' } });
    }
    expect(afterMove).toBe(before);
    expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);
  });

  it('refuses contributions before the current rules are accepted, and again after a rules change', async () => {
    const { projectId } = await openProject('ideas');
    await member('reader');
    const before = await cloud.countAll(ALL_COLLECTIONS);
    expect(await co('reader', { action: 'submitIdea', projectId, text: '少糖一点' })).toMatchObject({ ok: false, error: { code: 'RULES_NOT_ACCEPTED' } });
    expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);
    await accept('reader', projectId);
    await coOk('reader', { action: 'submitIdea', projectId, text: '少糖一点' });
    const { project } = await adminCall(cloud, { action: 'saveProject', projectId, draft: draft({ rules: { ...RULES, rewards: '奖池翻倍' } }) });
    expect(project.rulesVersion).toBe(2);
    const mid = await cloud.countAll(ALL_COLLECTIONS);
    expect(await co('reader', { action: 'submitIdea', projectId, text: '再加点蓝莓' })).toMatchObject({ ok: false, error: { code: 'RULES_NOT_ACCEPTED' } });
    expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(mid);
    expect((await coOk('reader', { action: 'getProject', projectId })).project).toMatchObject({ rulesVersion: 2, acceptedVersion: 1, accepted: false });
    expect(await co('reader', { action: 'acceptRules', projectId, rulesVersion: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await accept('reader', projectId, 2)).toEqual({ acceptedVersion: 2 });
    await coOk('reader', { action: 'submitIdea', projectId, text: '再加点蓝莓' });
    const acceptance = (await cloud.db.collection('rulesAcceptances').doc(`${projectId}_reader`).get()).data[0];
    expect(acceptance.history.map((h: { version: number }) => h.version)).toEqual([1, 2]);
    const stored = (await cloud.db.collection('projects').doc(projectId).get()).data[0];
    expect(stored).toMatchObject({ ideaCount: 2, participants: 1 });
    expect(stored.rulesHistory.map((h: { version: number }) => h.version)).toEqual([1, 2]);
  });

  it('counts one upvote per member: 50 concurrent taps by one member → 1, by 50 members → 50', async () => {
    const { projectId } = await openProject('ideas');
    await member('author');
    await accept('author', projectId);
    const { idea } = await coOk('author', { action: 'submitIdea', projectId, text: '想要高蛋白的能量碗' });
    await member('tapper');
    await accept('tapper', projectId);
    await Promise.all(Array.from({ length: 50 }, () => coOk('tapper', { action: 'upvoteIdea', ideaId: idea.ideaId })));
    expect((await cloud.db.collection('ideas').doc(idea.ideaId).get()).data[0].upvotes).toBe(1);
    const crowd = Array.from({ length: 50 }, (_, i) => `fan-${i}`);
    await Promise.all(crowd.map((id) => accept(id, projectId)));
    await Promise.all(crowd.map((id) => coOk(id, { action: 'upvoteIdea', ideaId: idea.ideaId })));
    const view = (await coOk('tapper', { action: 'getProject', projectId })).project;
    expect(view.ideas[0]).toMatchObject({ ideaId: idea.ideaId, upvotes: 51, upvoted: true });
    expect((await cloud.db.collection('ideaVotes').where({ ideaId: idea.ideaId }).count()).total).toBe(51);
    expect(await co('stranger', { action: 'upvoteIdea', ideaId: idea.ideaId })).toMatchObject({ ok: false, error: { code: 'RULES_NOT_ACCEPTED' } });
  });

  it('lets 体验官 and above apply, not 探索者; selection promotes with the reason recorded and caps at maxCoCreators', async () => {
    const { projectId } = await openProject('recruiting', { maxCoCreators: 2 });
    await member('newbie');
    await accept('newbie', projectId);
    const refused = await co('newbie', { action: 'applyToProject', projectId, statement: '我想参与', expertise: ['文案'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(refused.error.message).toContain('体验官');
    for (const id of ['off-1', 'off-2', 'off-3']) {
      await member(id, 'officer');
      await accept(id, projectId);
      expect(await coOk(id, { action: 'applyToProject', projectId, statement: '我做了三年健康早餐', expertise: ['配方', '摄影'] })).toEqual({ status: 'pending' });
    }
    expect((await adminCall(cloud, { action: 'projectApplications', projectId })).items).toHaveLength(3);
    expect(await cloud.call('admin', { action: 'selectCoCreators', projectId, openids: ['off-1', 'off-2', 'off-3'] }, 'demo-admin')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await cloud.call('admin', { action: 'selectCoCreators', projectId, openids: ['newbie'] }, 'demo-admin')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const { project } = await adminCall(cloud, { action: 'selectCoCreators', projectId, openids: ['off-1', 'off-2'] });
    expect(project.coCreators).toHaveLength(2);
    expect((await cloud.call('member', { action: 'me' }, 'off-1')).data.tier).toBe('cocreator');
    const changes = (await cloud.db.collection('tierChanges').where({ openid: 'off-1' }).get()).data;
    expect(changes).toEqual([expect.objectContaining({ from: 'officer', to: 'cocreator', reason: '入选《晨光能量碗》产品共创官' })]);
    expect((await coOk('off-3', { action: 'getProject', projectId })).project.application).toEqual({ status: 'declined' });
    expect((await coOk('off-1', { action: 'getProject', projectId })).project).toMatchObject({ isCoCreator: true, application: { status: 'selected' } });
    expect(await cloud.call('admin', { action: 'selectCoCreators', projectId, openids: ['off-3'] }, 'demo-admin')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    await adminCall(cloud, { action: 'selectCoCreators', projectId, openids: ['off-1', 'off-2'] });
    expect((await cloud.db.collection('contributions').where({ projectId, kind: 'selected' }).count()).total).toBe(2);
    expect((await cloud.db.collection('tierChanges').where({ openid: 'off-1' }).count()).total).toBe(1);
  });

  it("refuses a non-co-creator's proposal with NOT_PROJECT_COCREATOR; co-creators and the brand comment; adoption credits once", async () => {
    const projectId = await withCoCreators(['pc-1'], 'proposals');
    await member('pc-out', 'officer');
    await accept('pc-out', projectId);
    const before = await cloud.countAll(ALL_COLLECTIONS);
    expect(await co('pc-out', { action: 'submitProposal', projectId, kind: 'recipe', text: '燕麦打底' })).toMatchObject({ ok: false, error: { code: 'NOT_PROJECT_COCREATOR' } });
    expect(await cloud.countAll(ALL_COLLECTIONS)).toBe(before);
    const { proposal } = await coOk('pc-1', { action: 'submitProposal', projectId, kind: 'supplier', text: '推荐云南的燕麦合作社' });
    await coOk('pc-1', { action: 'commentProposal', proposalId: proposal.proposalId, text: '有检测报告' });
    await coOk('demo-admin', { action: 'commentProposal', proposalId: proposal.proposalId, text: '我们去实地看看' });
    expect(await co('pc-out', { action: 'commentProposal', proposalId: proposal.proposalId, text: '我也想说' })).toMatchObject({ ok: false, error: { code: 'NOT_PROJECT_COCREATOR' } });
    await adminCall(cloud, { action: 'adoptProposal', proposalId: proposal.proposalId });
    await adminCall(cloud, { action: 'adoptProposal', proposalId: proposal.proposalId });
    const view = (await coOk('pc-out', { action: 'getProject', projectId })).project;
    expect(view.proposals[0]).toMatchObject({ adopted: true, comments: [{ author: { isBrand: false } }, { author: { isBrand: true } }] });
    const kinds = view.wall.find((w: any) => w.isCoCreator).contributions.map((c: any) => c.kind).sort();
    expect(kinds).toEqual(['proposal', 'proposal_adopted', 'selected', 'supplier_adopted']);
  });

  it('takes one trial report per co-creator per round and shows the averages', async () => {
    const projectId = await withCoCreators(['tr-1', 'tr-2'], 'trial');
    const { round } = await adminCall(cloud, { action: 'openTrialRound', projectId, version: 'v2：减糖 30%', changes: '根据第一轮反馈减糖' });
    const report = (scores: number[], wouldBuy: boolean) => ({
      action: 'submitTrialReport', projectId, roundId: round.roundId, scores: { taste: scores[0], texture: scores[1], packaging: scores[2], value: scores[3] }, text: '口感不错', wouldBuy,
    });
    expect(await co('tr-1', { ...report([6, 4, 4, 4], true) })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await co('tr-1', { ...report([4.5, 4, 4, 4], true) })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const burst = await Promise.all(Array.from({ length: 5 }, () => co('tr-1', report([5, 4, 3, 4], true))));
    expect(burst.filter((r) => r.ok)).toHaveLength(1);
    await coOk('tr-2', report([4, 4, 4, 3], false));
    await member('tr-out', 'officer');
    await accept('tr-out', projectId);
    expect(await co('tr-out', report([1, 1, 1, 1], false))).toMatchObject({ ok: false, error: { code: 'NOT_PROJECT_COCREATOR' } });
    const view = (await coOk('tr-1', { action: 'getProject', projectId })).project;
    expect(view.trialRounds[0]).toMatchObject({ version: 'v2：减糖 30%', reports: 2, wouldBuy: 1, reported: true, averages: { taste: 4.5, texture: 4, packaging: 3.5, value: 3.5 } });
    expect((await cloud.db.collection('contributions').where({ projectId, kind: 'trial_report' }).count()).total).toBe(2);
  });

  it('shows 我的共创: contributions, weight from the plan and what the next threshold would pay', async () => {
    const { projectId } = await openProject('ideas');
    for (const id of ['me-1', 'me-2']) {
      await member(id);
      await accept(id, projectId);
    }
    const { idea } = await coOk('me-1', { action: 'submitIdea', projectId, text: '做成便携杯装' });
    await coOk('me-2', { action: 'submitIdea', projectId, text: '加入南瓜籽' });
    await adminCall(cloud, { action: 'adoptIdea', ideaId: idea.ideaId, note: '杯装已纳入包装方案' });
    const mine = (await coOk('me-1', { action: 'myContributions' })).items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ projectId, weight: 6, totalWeight: 7, rewards: [] });
    expect(mine[0].contributions.map((c: any) => [c.kind, c.adopted])).toEqual([['idea', false], ['idea_adopted', true]]);
    expect(mine[0].next).toMatchObject({ threshold: { atLeast: 500 }, cashFen: Math.round((300_000 * 6) / 7), points: Math.round((1000 * 6) / 7) });
    const wall = (await coOk('me-2', { action: 'getProject', projectId })).project.wall;
    expect(wall).toHaveLength(2);
    expect(wall[0].contributions).toEqual([expect.objectContaining({ kind: 'idea' }), expect.objectContaining({ kind: 'idea_adopted', adopted: true })]);
    expect((await coOk('nobody', { action: 'myContributions' })).items).toEqual([]);
  });
});
