import type { TestCloud } from './test-cloud';
import type { ContributionDoc, ProjectDoc } from '../../cloudfunctions/shared/model';
import type { RewardPlan } from '../../cloudfunctions/shared/domain/cocreation';
import { DEFAULT_WEIGHTS } from '../../cloudfunctions/shared/domain/cocreation';
import { now } from '../../cloudfunctions/shared/runtime/clock';

let seq = 0;

/** A project written straight into the database in `phase`, with its co-creators (each gets a profile first). */
export async function makeProject(cloud: TestCloud, overrides: Partial<ProjectDoc> = {}): Promise<string> {
  const at = now();
  const _id = `proj${Date.now().toString(36)}${(seq++).toString(36)}`;
  const rules = { scope: '测试', ownership: '品牌所有', credit: '署名', rewards: '按贡献分配' };
  const plan: RewardPlan = { thresholds: [{ metric: 'units', atLeast: 5, poolFen: 300_000, points: 500 }], weights: { ...DEFAULT_WEIGHTS } };
  const project: ProjectDoc = {
    _id, title: '晨光能量碗', question: '你理想中的能量早餐', cover: '', rules, rulesVersion: 1, rulesHistory: [{ version: 1, rules, at }],
    timeline: { ideas: '', recruiting: '', proposals: '', trial: '', launched: '' }, phase: 'trial', maxCoCreators: 5,
    coCreators: [], rewardPlan: plan, pollId: null, launchedDealId: null, participants: 0, ideaCount: 0, createdAt: at, updatedAt: at,
    ...overrides,
  };
  for (const openid of project.coCreators) await cloud.call('member', { action: 'me' }, openid);
  await cloud.db.collection('projects').add(project);
  return _id;
}

/** A credited contribution written straight into the database (the cocreation actions write the same record). */
export async function addContribution(cloud: TestCloud, c: Pick<ContributionDoc, 'projectId' | 'openid' | 'kind'> & { key?: string }): Promise<void> {
  const key = c.key ?? `${c.kind}:${c.projectId}:${c.openid}:${seq++}`;
  await cloud.db.collection('contributions').add({ _id: key, projectId: c.projectId, openid: c.openid, kind: c.kind, ref: key, label: c.kind, createdAt: now() });
}

export async function launch(cloud: TestCloud, data: Record<string, unknown>) {
  return cloud.call('admin', { action: 'launchProject', ...data }, 'demo-admin');
}
