import type { LocalCloud } from '../local-cloud';
import type { PostableOrderView } from '../../cloudfunctions/shared/api';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { clockOffsetMs, now, setClockOffset } from '../../cloudfunctions/shared/runtime/clock';
import { fileIdFor } from '../storage';
import { callAs } from './call';
import { drainCommunity } from '../../cloudfunctions/community/flows/outbox';

const HOUR = 3_600_000;

interface SeedPost {
  by: string;
  hoursAgo: number;
  text: string;
  photos: string[];
  topic?: string;
  /** Tie it to the author's effective order of this deal, when they have one (已购认证). */
  order?: string;
  allowReuse?: boolean;
  likedBy: string[];
  feature?: boolean;
  /** Enters this seeded contest. */
  contest?: 'picnic' | 'breakfast';
  /** Tags the seeded offline event of this title, which the author attended (see partners.ts). */
  event?: string;
  /** 评论, oldest first, written an hour after the post (through the community function). */
  comments?: { by: string; text: string }[];
}

const DAY = 24 * HOUR;

/** One contest already judged (its winner featured), one open for entries. */
const CONTESTS = {
  picnic: {
    title: '露营野餐季 · 晒出你的野餐篮', topic: '露营野餐', daysAgo: 10, days: 9,
    description: '带上原野生活去野餐，晒出你的野餐篮。评选 1 篇最佳野餐，获奖作品精选展示，另得 50 成长值和 200 积分。',
    reward: { growth: 50, points: 200 }, maxWinners: 1, cover: 'ugc/seed/picnic-juice.png',
  },
  breakfast: {
    title: '早餐搭配征集 · 一周不重样', topic: '早餐搭配', daysAgo: 3, days: 10,
    description: '用原野生活的食材搭一份早餐，写下做法和口感。活动结束后评选 3 篇，获奖作品精选展示，另得 30 成长值和 100 积分。',
    reward: { growth: 30, points: 100 }, maxWinners: 3, cover: 'ugc/seed/breakfast-table.png',
  },
} as const;

const POSTS: SeedPost[] = [
  {
    by: 'demo-cocreator', hoursAgo: 164, topic: '原野生活日', photos: ['breakfast-table'], event: '原野生活日 · 秋日野餐',
    text: '原野生活日在麦田咖啡的后院：长桌上摆满了秋冬新品，大家边吃边给暖身汤提意见，木木带来的南瓜籽面包被一抢而空。下一次想办在公园里！',
    likedBy: ['demo-qing', 'demo-mumu', 'demo-officer'],
  },
  {
    by: 'demo-qing', hoursAgo: 70, topic: '露营野餐', allowReuse: true, photos: ['picnic-juice'],
    text: '周末带娃去江边野餐，两瓶冷压果蔬汁一会儿就被抢光了。绿色那瓶是羽衣甘蓝+苹果，一点都不涩，小朋友也愿意喝。下次团三瓶！',
    likedBy: ['demo-mumu', 'demo-tiantian', 'demo-officer', 'demo-cocreator', 'demo-shopper'], contest: 'picnic',
    comments: [
      { by: 'demo-mumu', text: '绿色那瓶我也爱喝，冰一下更好喝' },
      { by: 'demo-shopper', text: '小朋友真的愿意喝蔬菜汁吗？下次试试' },
      { by: 'demo-qing', text: '愿意的！甜甜的苹果味盖住了菜味' },
    ],
  },
  {
    by: 'demo-officer', hoursAgo: 52, order: '藜麦', topic: '减脂餐', allowReuse: true, photos: ['salad-lunch'],
    text: '单买的藜麦鸡胸沙拉到了：鸡胸是低温做的，一点都不柴，油醋汁分装可以自己控量。当午饭刚好，下午不犯困。',
    likedBy: ['demo-qing', 'demo-cocreator', 'demo-mumu'],
  },
  {
    by: 'demo-cocreator', hoursAgo: 40, order: '燕麦', topic: '早餐搭配', allowReuse: true, photos: ['yogurt-desk', 'breakfast-table'],
    text: '作为共创官试吃了一周燕麦坚果脆：低温慢烤，扁桃仁很多。拌进酸奶杯当工位早餐，或者撒在能量碗上，十点前都不会饿。给想减糖的朋友一个搭配思路。',
    likedBy: ['demo-qing', 'demo-officer', 'demo-mumu', 'demo-tiantian'], contest: 'breakfast', feature: true,
    comments: [
      { by: 'demo-tiantian', text: '拌酸奶太香了，求一个酸奶和燕麦的比例' },
      { by: 'demo-cocreator', text: '一杯酸奶配两勺，刚好盖住表面' },
      // The word list holds this one for a moderator (内容审核 → 评论).
      { by: 'demo-mumu', text: '想一起拼的加微信，我拉个群' },
    ],
  },
  {
    by: 'demo-qing', hoursAgo: 26, topic: '一家人的餐桌', photos: ['bread-kitchen'],
    text: '全麦面包切片冷冻起来，早上烤两分钟，抹一点黄油和自家熬的莓果酱。孩子说比外面买的吐司香。',
    likedBy: ['demo-cocreator'],
  },
  {
    by: 'demo-tiantian', hoursAgo: 6, topic: '减脂餐', photos: ['nuts-office'],
    text: '工位下午茶换成每日坚果，戒掉奶茶的第 12 天。独立小包，放抽屉里随手一包，不会一不小心吃多。',
    likedBy: ['demo-qing', 'demo-mumu', 'demo-officer'],
    comments: [{ by: 'demo-shopper', text: '同戒奶茶！坚果当下午茶真的管饱' }],
  },
  {
    // The word list sends this to review: the moderation queue has something in it.
    by: 'demo-mumu', hoursAgo: 2, topic: '开箱', photos: [],
    text: '杂粮礼盒颜值很高，送长辈很合适，想要团购链接的可以加微信找我～',
    likedBy: [],
  },
];

/**
 * The 晒单 feed, made through the community and admin functions: photo posts (their
 * checks answered through the callback, as WeChat would), likes, a featured post,
 * posts tied to effective orders, a judged contest and an open one, comments (one held
 * for review), and one post waiting in the moderation queue.
 */
export async function seedPosts(cloud: LocalCloud): Promise<void> {
  if (((await database().collection('posts').count()).total ?? 0) > 0) return;
  const offset = clockOffsetMs();
  const contestIds: Record<string, string> = {};
  let picnicWinner: string | null = null;
  try {
    for (const [slug, { daysAgo, days, cover, ...draft }] of Object.entries(CONTESTS)) {
      setClockOffset(offset - daysAgo * DAY - HOUR);
      const startAt = now().getTime() + HOUR;
      const saved = await callAs<{ contest: { contestId: string } }>(cloud, 'admin', 'demo-admin', {
        action: 'saveContest',
        draft: { ...draft, cover: fileIdFor(cover), startAt: new Date(startAt).toISOString(), endAt: new Date(startAt + days * DAY).toISOString() },
      });
      contestIds[slug] = saved.contest.contestId;
    }
    for (const [i, post] of POSTS.entries()) {
      setClockOffset(offset - post.hoursAgo * HOUR);
      const orders = post.order ? (await callAs<{ items: PostableOrderView[] }>(cloud, 'community', post.by, { action: 'postableOrders' })).items : [];
      const order = orders.find((o) => o.title.includes(post.order!));
      const created = await callAs<{ postId: string }>(cloud, 'community', post.by, {
        action: 'createPost',
        text: post.text,
        images: post.photos.map((name) => fileIdFor(`ugc/seed/${name}.png`)),
        ...(post.topic ? { topic: post.topic } : {}),
        ...(order ? { orderId: order.orderId } : {}),
        allowReuse: post.allowReuse ?? false,
        clientToken: `seed-post-${i}`,
        ...(post.contest ? { contestId: contestIds[post.contest] } : {}),
        ...(post.event ? { eventId: await eventIdOf(post.event) } : {}),
      });
      // The seed's photos come with small copies (uploads from the app have none yet: the home strip then shows the photo).
      await database().collection('posts').doc(created.postId).update({ thumbs: post.photos.map((name) => fileIdFor(`ugc/seed/thumbs/${name}.png`)) });
      if (post.contest === 'picnic') picnicWinner = created.postId;
      await cloud.mediaChecks.deliver();
      setClockOffset(offset - post.hoursAgo * HOUR + HOUR);
      for (const fan of post.likedBy) await callAs(cloud, 'community', fan, { action: 'likePost', postId: created.postId, like: true });
      for (const [j, c] of (post.comments ?? []).entries()) {
        await callAs(cloud, 'community', c.by, { action: 'comment', postId: created.postId, text: c.text, clientToken: `seed-comment-${i}-${j}` });
      }
      await drainCommunity(database(), now()); // the outbox's minute: the author's rewards
      if (post.feature) await callAs(cloud, 'admin', 'demo-admin', { action: 'moderatePost', postId: created.postId, decision: 'feature' });
    }
    setClockOffset(offset);
    if (picnicWinner) await callAs(cloud, 'admin', 'demo-admin', { action: 'awardContest', contestId: contestIds.picnic, postIds: [picnicWinner] });
  } finally {
    setClockOffset(offset);
  }
}

/** The seeded event of this title. */
async function eventIdOf(title: string): Promise<string> {
  const res = await database().collection('events').where({ title }).limit(1).get();
  if (!res.data.length) throw new Error(`seed: no event ${title}`);
  return (res.data[0] as { _id: string })._id;
}
