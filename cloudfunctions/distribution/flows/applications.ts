import type { Database } from '../../shared/runtime/cloud';
import type { DistributorApplicationView } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';

/** One application per user (`_id` = openid); a rejected one may be filed again. */
export interface ApplicationDoc {
  _id: string;
  realName: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  note: string;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewer: string | null;
}

export async function applicationView(db: Database, app: ApplicationDoc): Promise<DistributorApplicationView> {
  const user = await getDoc<UserDoc>(db, 'users', app._id);
  return {
    openid: app._id,
    nickname: user?.nickname ?? '',
    avatar: user?.avatar ?? '',
    tier: user?.tier ?? 'explorer',
    realName: app.realName,
    reason: app.reason,
    status: app.status,
    note: app.note,
    createdAt: new Date(app.createdAt).toISOString(),
  };
}
