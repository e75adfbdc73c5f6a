import { z } from 'zod';
import type { ProjectApplicationDoc } from '../../shared/model';
import { tierAtLeast } from '../../shared/domain/poll';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { joinedOne, lookupById } from '../../shared/runtime/aggregate';
import { idSchema } from '../../shared/runtime/schemas';
import { applicationId, assertMayContribute, readContributor } from '../flows/projects';
import { imagesSchema, textSchema } from '../flows/inputs';
import { assertTextPasses } from '../flows/text';

/** 共创官招募: a 体验官 or 共创官 applies once to join this project; the brand selects. One read, the application: 2 round trips. */
export const applyToProject = action({
  input: z.object({
    projectId: idSchema,
    statement: textSchema(500, '说说你为什么适合参与'),
    expertise: z.array(z.string().trim().min(1).max(20)).min(1, '至少选一项擅长的方向').max(6, '最多 6 项'),
    images: imagesSchema,
  }),
  async handler({ projectId, statement, expertise, images }, { db, now, openid }): Promise<{ status: ProjectApplicationDoc['status'] }> {
    const id = applicationId(projectId, openid);
    const read = await readContributor(db, projectId, openid, now, [lookupById('projectApplications', id, 'application')]);
    assertMayContribute(read.project, read.acceptedVersion, 'apply');
    if (!tierAtLeast(read.me.tier, 'officer')) throw new AppError('FORBIDDEN', '体验官及以上才能申请成为本计划的产品共创官');
    const existing = joinedOne<ProjectApplicationDoc>(read.row, 'application');
    if (existing) return { status: existing.status };
    await assertTextPasses([statement, ...expertise].join('\n'), openid);
    const application: ProjectApplicationDoc = { _id: id, projectId, openid, statement, expertise, images, status: 'pending', createdAt: now, decidedAt: null };
    if (await insertOnce(db, 'projectApplications', application)) return { status: 'pending' };
    return { status: (await getDoc<ProjectApplicationDoc>(db, 'projectApplications', id))?.status ?? 'pending' };
  },
});
