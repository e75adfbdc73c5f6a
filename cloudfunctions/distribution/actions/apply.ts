import { z } from 'zod';
import type { DistributorApplicationView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import type { DistributorDoc } from '../flows/codes';
import { ApplicationDoc, applicationView } from '../flows/applications';

/** 申请成为团长: a name and why; the brand reviews it. Co-creators get a code without applying. */
export const apply = action({
  input: z.object({ realName: z.string().trim().min(2).max(20), reason: z.string().trim().min(5).max(300) }),
  async handler({ realName, reason }, { db, openid, now }): Promise<{ status: DistributorApplicationView['status'] }> {
    const distributor = await getDoc<DistributorDoc>(db, 'distributors', openid);
    if (distributor?.status === 'active') throw new AppError('ALREADY_JOINED', '你已经是团长了');
    const fresh: ApplicationDoc = { _id: openid, realName, reason, status: 'pending', note: '', createdAt: now, reviewedAt: null, reviewer: null };
    const { _id, ...fields } = fresh;
    const added = await insertOnce(db, 'distributorApplications', fresh);
    if (added) return { status: 'pending' };
    // Only a rejected application may be filed again; a pending one stays as it is.
    const refiled = await db.collection('distributorApplications').where({ _id, status: 'rejected' }).update(fields);
    if (updatedCount(refiled) !== 1) throw new AppError('ALREADY_JOINED', '申请已提交，请等待品牌审核');
    return { status: 'pending' };
  },
});

export const application = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ application: DistributorApplicationView | null; isDistributor: boolean }> {
    const [app, distributor] = await Promise.all([
      getDoc<ApplicationDoc>(db, 'distributorApplications', openid),
      getDoc<DistributorDoc>(db, 'distributors', openid),
    ]);
    return { application: app ? await applicationView(db, app) : null, isDistributor: distributor?.status === 'active' };
  },
});
