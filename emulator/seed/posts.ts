import type { LocalCloud } from '../local-cloud';
import type { PostableOrderView } from '../../cloudfunctions/shared/api';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { clockOffsetMs, setClockOffset } from '../../cloudfunctions/shared/runtime/clock';
import { fileIdFor } from '../storage';
import { callAs } from './call';

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
}

const POSTS: SeedPost[] = [
  {
    by: 'demo-qing', hoursAgo: 70, topic: '露营野餐', allowReuse: true, photos: ['picnic-juice'],
    text: '周末带娃去江边野餐，两瓶冷压果蔬汁一会儿就被抢光了。绿色那瓶是羽衣甘蓝+苹果，一点都不涩，小朋友也愿意喝。下次团三瓶！',
    likedBy: ['demo-mumu', 'demo-tiantian', 'demo-officer', 'demo-cocreator', 'demo-shopper'], feature: true,
  },
  {
    by: 'demo-officer', hoursAgo: 52, order: '藜麦', topic: '减脂餐', allowReuse: true, photos: ['salad-lunch'],
    text: '单买的藜麦鸡胸沙拉到了：鸡胸是低温做的，一点都不柴，油醋汁分装可以自己控量。当午饭刚好，下午不犯困。',
    likedBy: ['demo-qing', 'demo-cocreator', 'demo-mumu'],
  },
  {
    by: 'demo-cocreator', hoursAgo: 40, order: '燕麦', topic: '早餐搭配', allowReuse: true, photos: ['yogurt-desk', 'breakfast-table'],
    text: '作为共创官试吃了一周燕麦坚果脆：低温慢烤，扁桃仁很多。拌进酸奶杯当工位早餐，或者撒在能量碗上，十点前都不会饿。给想减糖的朋友一个搭配思路👇',
    likedBy: ['demo-qing', 'demo-officer', 'demo-mumu', 'demo-tiantian'],
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
 * checks answered through the callback, as WeChat would), likes, one featured post,
 * a post tied to an effective order, and one waiting in the moderation queue.
 */
export async function seedPosts(cloud: LocalCloud): Promise<void> {
  if (((await database().collection('posts').count()).total ?? 0) > 0) return;
  const offset = clockOffsetMs();
  try {
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
      });
      await cloud.mediaChecks.deliver();
      setClockOffset(offset - post.hoursAgo * HOUR + HOUR);
      for (const fan of post.likedBy) await callAs(cloud, 'community', fan, { action: 'likePost', postId: created.postId, like: true });
      if (post.feature) await callAs(cloud, 'admin', 'demo-admin', { action: 'moderatePost', postId: created.postId, decision: 'feature' });
    }
  } finally {
    setClockOffset(offset);
  }
}
