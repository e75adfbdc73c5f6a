import type { LocalCloud } from '../local-cloud';
import type { ProjectDraft } from '../../cloudfunctions/shared/api';
import { DEFAULT_WEIGHTS } from '../../cloudfunctions/shared/domain/cocreation';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { callAs } from './call';
import type { SeedIds } from './index';

const DAY = 86_400_000;
const day = (offset: number) => new Date(now().getTime() + offset * DAY).toISOString();
const cover = (name: string) => `cloud://gongying-local.local-bucket/products/${name}.png`;

const RULES = {
  scope: '围绕一款能量早餐：口味、配方、包装和文案，由社群提议、共创官深化、内测打磨后上市。',
  ownership: '被采纳的创意与方案，其成果归品牌所有，用于产品开发与宣传；你保留署名。',
  credit: '产品上市时，包装与详情页署名全部产品共创官；贡献墙按昵称列出每一份贡献。',
  rewards: '上市后有效销量达到门槛即自动发放奖池，按贡献权重分给每位贡献者：500 份发 ¥3,000，2,000 份再发 ¥8,000。',
};

function draft(title: string, question: string, image: string, offsets: number[]): ProjectDraft {
  const [ideas, recruiting, proposals, trial, launched] = offsets.map(day);
  return {
    title,
    question,
    cover: cover(image),
    rules: RULES,
    timeline: { ideas, recruiting, proposals, trial, launched },
    maxCoCreators: 5,
    rewardPlan: {
      thresholds: [
        { metric: 'units', atLeast: 500, poolFen: 300_000, points: 5_000 },
        { metric: 'units', atLeast: 2_000, poolFen: 800_000, points: 10_000 },
      ],
      weights: { ...DEFAULT_WEIGHTS },
    },
    pollId: null,
  };
}

/**
 * Two 共创计划 through the real functions: 《晨光能量碗》 from its first ideas to
 * its launch (the seed article's story: ideas adopted, 阿哲 and 阿青 selected as
 * 产品共创官, a recipe and a packaging proposal adopted, two trial rounds), and
 * 《秋冬暖身汤》 collecting ideas now. Skipped when the launched one exists.
 */
export async function seedCoCreation(cloud: LocalCloud, ids: SeedIds): Promise<void> {
  const existing = await database().collection('projects').where({ title: '晨光能量碗' }).limit(1).get();
  if (existing.data.length) return;
  const admin = <T = any>(data: Record<string, unknown>) => callAs<T>(cloud, 'admin', 'demo-admin', data);
  const as = <T = any>(openid: string, data: Record<string, unknown>) => callAs<T>(cloud, 'cocreation', openid, data);
  const accept = async (projectId: string, openids: string[]) => {
    for (const openid of openids) await as(openid, { action: 'acceptRules', projectId, rulesVersion: 1 });
  };

  // 《晨光能量碗》
  const bowl = (await admin<{ project: { projectId: string } }>({ action: 'saveProject', draft: draft('晨光能量碗', '你理想中的能量早餐是什么样？', 'morning-bowl', [-60, -45, -35, -20, -3]) })).project.projectId;
  await admin({ action: 'setProjectPhase', projectId: bowl, phase: 'ideas' });
  await accept(bowl, ['demo-shopper', 'demo-mumu', 'demo-qing', 'demo-cocreator', 'demo-officer']);
  const idea = async (openid: string, text: string) => (await as<{ idea: { ideaId: string } }>(openid, { action: 'submitIdea', projectId: bowl, text })).idea.ideaId;
  const protein = await idea('demo-shopper', '想要高蛋白、低糖，十分钟内能吃完的早餐碗，上班路上也方便。');
  const berries = await idea('demo-mumu', '加当季莓果和一点坚果碎，口感有层次，颜色也好看。');
  const oats = await idea('demo-qing', '燕麦一定要烘焙过，泡在酸奶里也不塌，保持脆感。');
  for (const [ideaId, voters] of [[protein, ['demo-mumu', 'demo-qing', 'demo-officer', 'demo-cocreator']], [oats, ['demo-shopper', 'demo-cocreator']], [berries, ['demo-shopper']]] as const) {
    for (const openid of voters) await as(openid, { action: 'upvoteIdea', ideaId });
  }
  await admin({ action: 'adoptIdea', ideaId: protein, note: '采纳：定为每份 20g 蛋白、添加糖不超过 5g。' });
  await admin({ action: 'adoptIdea', ideaId: oats, note: '采纳：燕麦改为低温烘焙，单独小袋包装。' });

  await admin({ action: 'setProjectPhase', projectId: bowl, phase: 'recruiting' });
  await as('demo-cocreator', { action: 'applyToProject', projectId: bowl, statement: '做了三年早餐博主，想把大家的想法变成真的产品。', expertise: ['营养搭配', '内容创作'] });
  await as('demo-qing', { action: 'applyToProject', projectId: bowl, statement: '在烘焙店工作过，熟悉燕麦和坚果的处理。', expertise: ['烘焙', '供应链'] });
  await admin({ action: 'selectCoCreators', projectId: bowl, openids: ['demo-cocreator', 'demo-qing'] });

  await admin({ action: 'setProjectPhase', projectId: bowl, phase: 'proposals' });
  const recipe = (await as<{ proposal: { proposalId: string } }>('demo-cocreator', { action: 'submitProposal', projectId: bowl, kind: 'recipe', text: '希腊酸奶 150g + 低温烘焙燕麦 30g + 冻干莓果 8g + 奇亚籽 3g，蛋白 20g，添加糖 4g。' })).proposal.proposalId;
  const pack = (await as<{ proposal: { proposalId: string } }>('demo-qing', { action: 'submitProposal', projectId: bowl, kind: 'packaging', text: '双仓杯：燕麦和莓果单独封在杯盖里，吃之前再倒进酸奶，保持脆。' })).proposal.proposalId;
  await as('demo-qing', { action: 'commentProposal', proposalId: recipe, text: '奇亚籽可以先泡一下，口感会更顺。' });
  await admin({ action: 'adoptProposal', proposalId: recipe });
  await admin({ action: 'adoptProposal', proposalId: pack });

  await admin({ action: 'setProjectPhase', projectId: bowl, phase: 'trial' });
  const round = async (version: string, changes: string, scores: [number, number, number, number][]) => {
    const { round: r } = await admin<{ round: { roundId: string } }>({ action: 'openTrialRound', projectId: bowl, version, changes });
    for (const [i, openid] of ['demo-cocreator', 'demo-qing'].entries()) {
      const [taste, texture, packaging, value] = scores[i];
      await as(openid, { action: 'submitTrialReport', projectId: bowl, roundId: r.roundId, scores: { taste, texture, packaging, value }, text: i ? '燕麦很脆，杯盖有点难撕。' : '整体好吃，偏甜了一点。', wouldBuy: true });
    }
  };
  await round('v1：初版配方', '第一版样品', [[4, 4, 3, 4], [4, 5, 3, 4]]);
  await round('v2：减糖 30%，杯盖加撕拉口', '根据第一轮反馈：降低甜度，杯盖改为易撕设计', [[5, 4, 5, 4], [5, 5, 4, 5]]);
  await admin({ action: 'launchProject', projectId: bowl, dealId: ids('deal:morning-bowl') });

  // 《秋冬暖身汤》: collecting ideas now.
  const soup = (await admin<{ project: { projectId: string } }>({ action: 'saveProject', draft: draft('秋冬暖身汤', '天冷了，你想喝一碗什么样的汤？', 'quinoa-salad', [-2, 12, 25, 40, 60]) })).project.projectId;
  await admin({ action: 'setProjectPhase', projectId: soup, phase: 'ideas' });
  await accept(soup, ['demo-officer', 'demo-tiantian']);
  const soupIdea = (await as<{ idea: { ideaId: string } }>('demo-officer', { action: 'submitIdea', projectId: soup, text: '南瓜 + 椰奶，微微甜，冲泡三分钟就能喝。' })).idea.ideaId;
  await as('demo-tiantian', { action: 'submitIdea', projectId: soup, text: '想要一款低脂的番茄牛肉汤，晚饭少吃时喝。' });
  await as('demo-tiantian', { action: 'upvoteIdea', ideaId: soupIdea });
}
