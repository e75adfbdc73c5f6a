import type { Database } from '../../shared/runtime/cloud';
import type { CoCreatorApplicationView } from '../../shared/api';
import type { UserDoc } from '../../shared/model';
import { getDoc } from '../../shared/runtime/documents';

/** One application per member (`_id` = openid); a rejected or revoked one may be filed again. */
export interface CoCreatorApplicationDoc {
  _id: string;
  statement: string;
  expertise: string[];
  agreedCharterAt: Date;
  status: CoCreatorApplicationView['status'];
  note: string;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewer: string | null;
}

export async function coCreatorApplicationView(db: Database, app: CoCreatorApplicationDoc): Promise<CoCreatorApplicationView> {
  const user = await getDoc<UserDoc>(db, 'users', app._id);
  return {
    openid: app._id,
    nickname: user?.nickname ?? '',
    avatar: user?.avatar ?? '',
    tier: user?.tier ?? 'explorer',
    growth: user?.growth ?? 0,
    statement: app.statement,
    expertise: app.expertise,
    status: app.status,
    note: app.note,
    createdAt: new Date(app.createdAt).toISOString(),
  };
}
