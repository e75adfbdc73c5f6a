import type { Database } from '../../shared/runtime/cloud';
import type { PartnerVisitDoc } from '../../shared/model';
import { insertOnce } from '../../shared/runtime/documents';

/** Records a member's first visit to a partner (a redemption or a check-in); later visits change nothing. */
export async function recordVisit(db: Database, partnerId: string, openid: string, via: PartnerVisitDoc['via'], now: Date): Promise<void> {
  await insertOnce<PartnerVisitDoc>(db, 'partnerVisits', { _id: `${partnerId}_${openid}`, partnerId, openid, firstAt: now, via });
}
