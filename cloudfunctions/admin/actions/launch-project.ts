import { z } from 'zod';
import type { ProjectDetail, ProjectRewardsView } from '../../shared/api';
import type { ProjectDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { launchProject as launch } from '../../cocreation/flows/launch';
import { projectRewardsView } from '../../cocreation/flows/rewards-view';
import { projectDetail } from '../../cocreation/flows/views';

const presaleSchema = z.object({
  endsAt: z.string().datetime({ offset: true }).transform((s) => new Date(s)),
  minQuantity: z.number().int().min(1).max(1_000_000),
});

/** 上市: links the project to a deal, optionally as a C2M pre-sale; co-creators get distribution codes. Idempotent. */
export const launchProject = action({
  admin: true,
  input: z.object({ projectId: idSchema, dealId: idSchema, presale: presaleSchema.optional() }),
  async handler({ projectId, dealId, presale }, { db, now, openid }): Promise<{ project: ProjectDetail }> {
    if (presale && presale.endsAt <= now) throw new AppError('INVALID_ARGUMENT', '预售截止时间需晚于现在');
    const project = await launch(db, { projectId, dealId, presale }, now);
    return { project: await projectDetail(db, project, openid) };
  },
});

/** A project's sales, its thresholds (crossed or not) and each payout: who got what. */
export const projectRewards = action({
  admin: true,
  input: z.object({ projectId: idSchema }),
  async handler({ projectId }, { db }): Promise<ProjectRewardsView> {
    const project = await getDoc<ProjectDoc>(db, 'projects', projectId);
    if (!project) throw new AppError('NOT_FOUND', '没有找到这个共创计划');
    return projectRewardsView(db, project);
  },
});
