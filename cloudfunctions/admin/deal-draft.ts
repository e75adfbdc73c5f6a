import { z } from 'zod';
import { idSchema } from '../shared/runtime/schemas';
import { MAX_GROUP_SIZE, MIN_GROUP_SIZE } from '../shared/domain/group';
import { MAX_STOCK_SHARDS } from '../shared/domain/stock-shards';

const fen = z.number().int().min(1).max(100_000_000);
const fileId = z.string().min(1).max(300).regex(/^(cloud:\/\/|https:\/\/)/, '需要云存储文件或 https 图片');

/** 快递到家 and 团长自提: at least one; the express fee, free from an amount of goods if set. */
const deliverySchema = z
  .object({
    express: z.boolean(),
    pickup: z.boolean(),
    shippingFeeFen: z.number().int().min(0).max(100_000, '运费至多 1000 元'),
    freeFromFen: z.number().int().min(0).nullable(),
  })
  .refine((d) => d.express || d.pickup, { message: '至少提供一种收货方式', path: ['express'] });

/** What an operator may set on a deal; checked before anything is written. */
export const dealDraftSchema = z
  .object({
    productId: z.string().max(64).optional(),
    title: z.string().trim().min(1).max(40),
    subtitle: z.string().trim().max(60).default(''),
    description: z.string().trim().max(2000).default(''),
    image: fileId,
    images: z.array(fileId).max(9).default([]),
    groupPriceFen: fen,
    soloPriceFen: fen.nullable(),
    groupSize: z.number().int().min(MIN_GROUP_SIZE).max(MAX_GROUP_SIZE),
    timeLimitMinutes: z.number().int().min(10).max(7 * 24 * 60),
    perUserLimit: z.number().int().min(1).max(99),
    stock: z.number().int().min(0).max(1_000_000),
    /** 库存分片 (see groupbuy/flows/stock-shards.ts); absent (older pages): unchanged. */
    stockShards: z.number().int().min(1, '库存分片为 1–64').max(MAX_STOCK_SHARDS, '库存分片为 1–64').optional(),
    startAt: z.iso.datetime({ offset: true }),
    endAt: z.iso.datetime({ offset: true }),
    autoComplete: z.boolean(),
    commissionBps: z.number().int().min(0).max(5000),
    tags: z.array(z.string().trim().min(1).max(8)).max(4).default([]),
    /** Absent (older pages): a new deal offers DEFAULT_DEAL_DELIVERY, an edited one keeps its own. */
    delivery: deliverySchema.optional(),
    /** The category it is listed under; null: none; absent (older pages): unchanged. */
    categoryId: idSchema.nullable().optional(),
  })
  .refine((d) => Date.parse(d.endAt) > Date.parse(d.startAt), { message: '结束时间需晚于开始时间', path: ['endAt'] })
  .refine((d) => d.soloPriceFen === null || d.soloPriceFen > d.groupPriceFen, {
    message: '单买价需高于拼团价',
    path: ['soloPriceFen'],
  });

export type ValidDealDraft = z.infer<typeof dealDraftSchema>;
