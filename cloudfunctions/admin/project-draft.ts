import { z } from 'zod';
import { PHASES, type ContributionKind, type ProjectPhase } from '../shared/domain/cocreation';
import { DEFAULT_WEIGHTS } from '../shared/domain/cocreation';
import { idSchema } from '../shared/runtime/schemas';

const fileId = z.string().min(1, '请上传封面').max(300).regex(/^(cloud:\/\/|https:\/\/)/, '封面需要云存储文件或 https 图片');
const text = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 字`);
const date = z.string().refine((s) => !Number.isNaN(Date.parse(s)), '日期格式不正确');

const weights = z.object(
  Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, z.number().int('权重是整数').min(0, '权重不能为负').max(1000)])) as Record<ContributionKind, z.ZodNumber>,
);

const threshold = z.object({
  metric: z.enum(['units', 'gmv']),
  atLeast: z.number().int().min(1, '门槛至少为 1'),
  poolFen: z.number().int('奖池以分为单位').min(0, '奖池不能为负').max(100_000_000),
  points: z.number().int().min(0, '积分不能为负').max(10_000_000),
});

/** What the brand edits for a 共创计划; thresholds ascend within one metric, dates follow the phases. */
export const projectDraftSchema = z.object({
  title: text('标题', 40),
  question: text('共创问题', 80),
  cover: fileId,
  rules: z.object({ scope: text('共创范围', 2000), ownership: text('成果归属', 2000), credit: text('署名方式', 2000), rewards: text('奖励说明', 2000) }),
  timeline: z
    .object(Object.fromEntries(PHASES.map((p) => [p, date])) as Record<ProjectPhase, typeof date>)
    .refine((t) => PHASES.every((p, i) => i === 0 || Date.parse(t[PHASES[i - 1]]) <= Date.parse(t[p])), '各阶段日期需按先后顺序'),
  maxCoCreators: z.number().int().min(1, '至少招募 1 位共创官').max(20, '最多招募 20 位共创官'),
  rewardPlan: z.object({
    thresholds: z
      .array(threshold)
      .max(10, '最多 10 个门槛')
      .refine((list) => list.every((t, i) => i === 0 || (t.metric === list[i - 1].metric && t.atLeast > list[i - 1].atLeast)), '门槛需使用同一指标并从低到高排列'),
    weights,
  }),
  pollId: idSchema.nullable().optional(),
});
export type ProjectDraftInput = z.infer<typeof projectDraftSchema>;
