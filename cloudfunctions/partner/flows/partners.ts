import type { AdminPartnerView, PartnerInput, PartnerInvitationView } from '../../shared/api';
import type { DealDoc, PartnerDoc, PartnerInviteDoc, PerkDoc, UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { docsByIds, getDoc } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { partnerView, perkView } from './views';

/** The page that accepts an invitation (src/utils/partner-paths.ts partnerJoinPath; the token is hex). */
export function invitationView(invite: PartnerInviteDoc): PartnerInvitationView {
  return { token: invite._id, path: `partner/pages/join/index?token=${invite._id}`, expiresAt: invite.expiresAt.toISOString() };
}

/** The brand's view of partners: staff by nickname and avatar, open invitations, perks (a few queries for all of them). */
export async function adminPartnerViews(db: Database, partners: PartnerDoc[], now: Date): Promise<AdminPartnerView[]> {
  if (!partners.length) return [];
  const _ = db.command;
  const ids = partners.map((p) => p._id);
  const [users, invites, perks] = await Promise.all([
    docsByIds<UserDoc>(db, 'users', partners.flatMap((p) => p.staff)),
    db.collection('partnerInvites').where({ partnerId: _.in(ids), expiresAt: _.gt(now), usedBy: null }).limit(1000).get(),
    db.collection('perks').where({ partnerId: _.in(ids) }).limit(1000).get(),
  ]);
  const perkDocs = perks.data as PerkDoc[];
  const deals = await docsByIds<DealDoc>(db, 'deals', perkDocs.map((p) => p.dealId));
  return partners.map((p) => ({
    ...partnerView(p),
    active: p.active,
    staff: p.staff.map((openid) => ({ openid, nickname: users.get(openid)?.nickname ?? '', avatar: users.get(openid)?.avatar ?? '' })),
    invitations: (invites.data as PartnerInviteDoc[]).filter((i) => i.partnerId === p._id).map(invitationView),
    perks: perkDocs.filter((k) => k.partnerId === p._id).map((k) => perkView(k, deals.get(k.dealId), p)),
    createdAt: new Date(p.createdAt).toISOString(),
  }));
}

export async function adminPartnerView(db: Database, partnerId: string, now: Date): Promise<AdminPartnerView> {
  const partner = await getDoc<PartnerDoc>(db, 'partners', partnerId);
  if (!partner) throw new AppError('NOT_FOUND', '合作伙伴不存在');
  return (await adminPartnerViews(db, [partner], now))[0];
}

/** Creates a partner (no staff yet) or edits one; returns its id. */
export async function savePartner(db: Database, { partnerId, ...fields }: PartnerInput, now: Date): Promise<string> {
  const values = { ...fields, location: fields.location ?? null, updatedAt: now };
  if (partnerId) {
    if (!(await getDoc(db, 'partners', partnerId))) throw new AppError('NOT_FOUND', '合作伙伴不存在');
    const location = values.location ? db.command.set(values.location) : null; // set whole, not merged
    await db.collection('partners').doc(partnerId).update({ ...values, location });
    return partnerId;
  }
  const doc: PartnerDoc = { _id: newId(), ...values, staff: [], createdAt: now };
  await db.collection('partners').add(doc);
  return doc._id;
}
