/** The 原野生活 catalogue: products and their group-buy deals. Prices in fen. */
import type { DealDelivery } from '../../cloudfunctions/shared/domain/delivery';

export interface DemoDeal {
  slug: string; // also the product image name under assets/products
  title: string;
  subtitle: string;
  description: string;
  tags: string[];
  groupPriceFen: number;
  soloPriceFen: number | null;
  groupSize: number;
  timeLimitMinutes: number;
  perUserLimit: number;
  stock: number;
  autoComplete: boolean;
  /** Days from the seed time; negative = already started. */
  startsInDays: number;
  endsInDays: number;
  /** Delivery modes and the express fee; absent: both modes, free shipping. */
  delivery?: DealDelivery;
  /** Its category's name (see DEMO_CATEGORIES). */
  category: string;
  /** More pictures after the product shot (storage paths), for the deal page's gallery. */
  gallery?: string[];
}

/** The demo brand's categories, in their order. */
export const DEMO_CATEGORIES = ['早餐', '轻食', '零食', '饮品', '礼盒'];

export const DEMO_DEALS: DemoDeal[] = [
  {
    slug: 'morning-bowl', title: '晨光能量碗', subtitle: '希腊酸奶 · 烘焙燕麦 · 当季莓果',
    description: '一碗吃饱一上午：无蔗糖希腊酸奶打底，铺上低温烘焙燕麦、蓝莓、香蕉和奇亚籽。冷链次日达，开盖即食。',
    tags: ['早餐', '高蛋白'], groupPriceFen: 2990, soloPriceFen: 3990, groupSize: 3, timeLimitMinutes: 1440,
    perUserLimit: 5, stock: 200, autoComplete: false, startsInDays: -3, endsInDays: 30,
    category: '早餐', gallery: ['ugc/seed/breakfast-table.png'],
  },
  {
    slug: 'cold-press-juice', title: '冷压果蔬汁 3 瓶装', subtitle: '羽衣甘蓝 · 胡萝卜橙 · 甜菜莓果',
    description: '当天采摘当天冷压，不加一滴水和糖。三种口味各一瓶，冷藏 5 天内饮用最佳。',
    tags: ['轻断食'], groupPriceFen: 4590, soloPriceFen: 5990, groupSize: 5, timeLimitMinutes: 1440,
    perUserLimit: 3, stock: 120, autoComplete: true, startsInDays: -2, endsInDays: 20,
    delivery: { express: true, pickup: true, shippingFeeFen: 1000, freeFromFen: 9000 },
    category: '饮品', gallery: ['ugc/seed/picnic-juice.png'],
  },
  {
    slug: 'oat-crisps', title: '燕麦坚果脆', subtitle: '整粒燕麦 + 扁桃仁，低温慢烤',
    description: '办公室抽屉里的好零食：整粒燕麦与扁桃仁、南瓜子低温慢烤，只用少量蜂蜜粘合。300g 可封口袋装。',
    tags: ['零食'], groupPriceFen: 1990, soloPriceFen: 2990, groupSize: 2, timeLimitMinutes: 1440,
    perUserLimit: 10, stock: 300, autoComplete: false, startsInDays: -14, endsInDays: 25,
    category: '零食',
  },
  {
    slug: 'quinoa-salad', title: '藜麦鸡胸沙拉', subtitle: '三色藜麦 · 低温鸡胸 · 油醋汁',
    description: '三色藜麦、低温慢煮鸡胸、牛油果与小番茄，配原野自制油醋汁。一份 32g 蛋白质，午餐不犯困。',
    tags: ['午餐', '高蛋白'], groupPriceFen: 3290, soloPriceFen: 4290, groupSize: 3, timeLimitMinutes: 720,
    perUserLimit: 5, stock: 80, autoComplete: false, startsInDays: -1, endsInDays: 14,
    category: '轻食', gallery: ['ugc/seed/salad-lunch.png'],
  },
  {
    slug: 'grain-box', title: '有机杂粮礼盒', subtitle: '八种有机杂粮，送礼自用都合适',
    description: '黑米、红米、小米、藜麦、燕麦米、红豆、绿豆、鹰嘴豆，每种 500g 独立真空包装，附杂粮饭配比卡。',
    tags: ['礼盒'], groupPriceFen: 8800, soloPriceFen: 12800, groupSize: 10, timeLimitMinutes: 2880,
    perUserLimit: 2, stock: 50, autoComplete: true, startsInDays: -4, endsInDays: 40,
    delivery: { express: true, pickup: true, shippingFeeFen: 800, freeFromFen: 15000 },
    category: '礼盒',
  },
  {
    slug: 'yogurt-cup', title: '低糖酸奶杯 6 杯装', subtitle: '每杯仅 3.9g 糖，生牛乳发酵',
    description: '生牛乳发酵，只加少许赤藓糖醇。原味、蓝莓、黄桃各两杯，冷链配送。',
    tags: ['早餐'], groupPriceFen: 3990, soloPriceFen: 4990, groupSize: 4, timeLimitMinutes: 1440,
    perUserLimit: 4, stock: 150, autoComplete: false, startsInDays: -2, endsInDays: 21,
    category: '早餐', gallery: ['ugc/seed/yogurt-desk.png'],
  },
  {
    slug: 'daily-nuts', title: '每日坚果 30 包', subtitle: '六种坚果果干，一天一小包',
    description: '核桃、扁桃仁、腰果、榛子、蔓越莓干和蓝莓干的科学配比，每包 25g，充氮保鲜。',
    tags: ['零食'], groupPriceFen: 6990, soloPriceFen: 9990, groupSize: 2, timeLimitMinutes: 1440,
    perUserLimit: 3, stock: 0, autoComplete: false, startsInDays: -6, endsInDays: 10,
    category: '零食',
  },
  {
    slug: 'wholewheat-bread', title: '手作全麦面包', subtitle: '100% 全麦，每日现烤',
    description: '石磨全麦粉、天然酵种长时间发酵，不加改良剂。下周一开团，先来看看。',
    tags: ['早餐', '新品'], groupPriceFen: 1590, soloPriceFen: 2190, groupSize: 2, timeLimitMinutes: 1440,
    perUserLimit: 6, stock: 100, autoComplete: false, startsInDays: 2, endsInDays: 30,
    delivery: { express: false, pickup: true, shippingFeeFen: 0, freeFromFen: null },
    category: '早餐', gallery: ['ugc/seed/bread-kitchen.png'],
  },
];
