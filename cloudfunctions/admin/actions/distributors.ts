import { z } from 'zod';
import type { AdminDistributorView, DistributorApplicationView } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { pageByTime, Page } from '../../shared/runtime/paging';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { ApplicationDoc, applicationView } from '../../distribution/flows/applications';
import { DistributorDoc, ensureDistributor } from '../../distribution/flows/codes';
import { distributorFigures } from '../../distribution/figures';

async function distributorView(db: Database, d: DistributorDoc): Promise<AdminDistributorView> {
  const [user, figures] = await Promise.all([getDoc<UserDoc>(db, 'users', d._id), distributorFigures(db, d._id)]);
  return {
    openid: d._id, nickname: user?.nickname ?? '', code: d.code, status: d.status, source: d.source,
    pendingFen: figures.pendingFen, availableFen: figures.availableFen, withdrawnFen: figures.withdrawnFen, customers: figures.customers,
  };
}

export const distributorApplications = action({
  admin: true,
  input: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }),
  async handler({ status }, { db }): Promise<{ items: DistributorApplicationView[] }> {
    const res = await db.collection('distributorApplications').where(status ? { status } : {}).orderBy('createdAt', 'desc').limit(100).get();
    return { items: await Promise.all((res.data as ApplicationDoc[]).map((a) => applicationView(db, a))) };
  },
});

/** Approve (a code is issued at once) or reject with a note; only a pending application. */
export const reviewDistributorApplication = action({
  admin: true,
  input: z.object({ openid: idSchema, approve: z.boolean(), note: z.string().trim().max(200).default('') }),
  async handler({ openid, approve, note }, { db, now, openid: reviewer }): Promise<{ application: DistributorApplicationView }> {
    const res = await db
      .collection('distributorApplications')
      .where({ _id: openid, status: 'pending' })
      .update({ status: approve ? 'approved' : 'rejected', note, reviewedAt: now, reviewer });
    if (updatedCount(res) !== 1) throw new AppError('NOT_FOUND', '没有待审核的申请');
    if (approve) await ensureDistributor(db, openid, 'application', now);
    return { application: await applicationView(db, (await getDoc<ApplicationDoc>(db, 'distributorApplications', openid))!) };
  },
});

export const distributors = action({
  admin: true,
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db }): Promise<Page<AdminDistributorView>> {
    const page = await pageByTime<DistributorDoc>(db, 'distributors', {}, 'createdAt', cursor, 20);
    return { ...page, items: await Promise.all(page.items.map((d) => distributorView(db, d))) };
  },
});

/** Suspend (no new bindings or commissions) or reactivate a distributor. */
export const setDistributorStatus = action({
  admin: true,
  input: z.object({ openid: idSchema, status: z.enum(['active', 'suspended']) }),
  async handler({ openid, status }, { db, now }): Promise<{ distributor: AdminDistributorView }> {
    const d = await getDoc<DistributorDoc>(db, 'distributors', openid);
    if (!d) throw new AppError('NOT_FOUND');
    await db.collection('distributors').doc(openid).update({ status, updatedAt: now });
    await db.collection('users').doc(openid).update({ isDistributor: status === 'active', updatedAt: now });
    return { distributor: await distributorView(db, { ...d, status }) };
  },
});
