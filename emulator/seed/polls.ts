import type { LocalCloud } from '../local-cloud';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { clockOffsetMs, now, setClockOffset } from '../../cloudfunctions/shared/runtime/clock';
import { callAs } from './call';
import { fileIdFor } from '../storage';
import { drainCommunity } from '../../cloudfunctions/community/flows/outbox';

const DAY = 86_400_000;

/**
 * The community's polls, made through the admin and community functions: one
 * open for everyone, one only for 体验官 and above, and one closed last week.
 */
export async function seedPolls(cloud: LocalCloud): Promise<void> {
  if (((await database().collection('polls').count()).total ?? 0) > 0) return;
  const at = now().getTime();
  const poll = (draft: Record<string, unknown>) => callAs(cloud, 'admin', 'demo-admin', { action: 'savePoll', draft });
  const vote = (openid: string, pollId: string, optionIds: string[]) => callAs(cloud, 'community', openid, { action: 'vote', pollId, optionIds });

  // Closed last week: opened and voted ten days ago.
  const offset = clockOffsetMs();
  setClockOffset(offset - 10 * DAY);
  try {
    const past = await poll({
      title: '十二月的暖冬新品，你想先吃到哪一款？', description: '票数最高的一款进入研发，投票的伙伴都是共创者。',
      options: [{ label: '红枣桂圆燕麦粥' }, { label: '南瓜小米能量碗' }, { label: '黑芝麻核桃糊' }],
      maxChoices: 1, minTier: 'explorer', openAt: new Date(at - 10 * DAY).toISOString(), closeAt: new Date(at - 3 * DAY).toISOString(),
    });
    for (const [who, option] of [['demo-qing', 'o2'], ['demo-mumu', 'o2'], ['demo-tiantian', 'o1'], ['demo-officer', 'o2'], ['demo-cocreator', 'o3']]) {
      await vote(who, past.poll.pollId, [option]);
    }
    await drainCommunity(database(), now()); // the outbox's minute: the voters' growth
  } finally {
    setClockOffset(offset);
  }
  const open = await poll({
    title: '晨光能量碗的下一款口味', description: '最多选两款，月底开奖，得票最高的口味下月上新。',
    options: [
      { label: '抹茶燕麦碗', image: fileIdFor('products/morning-bowl.png') },
      { label: '芒果椰奶碗', image: fileIdFor('products/yogurt-cup.png') },
      { label: '可可香蕉碗', image: fileIdFor('products/oat-crisps.png') },
    ],
    maxChoices: 2, minTier: 'explorer', openAt: new Date(at - DAY).toISOString(), closeAt: new Date(at + 9 * DAY).toISOString(),
  });
  for (const [who, options] of [['demo-qing', ['o1', 'o2']], ['demo-mumu', ['o2']], ['demo-cocreator', ['o1', 'o3']]] as const) {
    await vote(who, open.poll.pollId, [...options]);
  }
  const officers = await poll({
    title: '体验官专场：有机杂粮礼盒的新年包装', description: '只邀请体验官及以上参与，你的审美决定礼盒的样子。',
    options: [{ label: '国潮红' }, { label: '原野绿' }, { label: '米白极简' }],
    maxChoices: 1, minTier: 'officer', openAt: new Date(at - DAY).toISOString(), closeAt: new Date(at + 6 * DAY).toISOString(),
  });
  await vote('demo-qing', officers.poll.pollId, ['o2']);
  await drainCommunity(database(), now());
}
