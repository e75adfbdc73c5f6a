import type { Database } from '../../shared/runtime/cloud';
import type { PartnerDoc, PartnerInviteDoc, UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc, updatedCount } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { INVITATION_HOURS, invitationStatus, InvitationStatus } from '../../shared/domain/partner';
import { isToken } from '../../shared/domain/verify-code';

const MAX_SERVED = 100;

/** The partners whose staff list holds the caller. */
export async function partnersServedBy(db: Database, openid: string): Promise<PartnerDoc[]> {
  const res = await db.collection('partners').where({ staff: openid }).limit(MAX_SERVED).get();
  return res.data as PartnerDoc[];
}

/** A lookup stage: the partners whose staff list holds `openid` (their ids), as `as`. */
export const servedBy = (openid: string, as: string) => ({ from: 'partners', pipeline: [{ $match: { staff: openid } }, { $project: { _id: 1 } }, { $limit: MAX_SERVED }], as });

/** Partners the caller may redeem and check in at, of the partners they serve: null for the brand (any), else theirs; none → FORBIDDEN. */
export function allowedOf(user: UserDoc, served: readonly Pick<PartnerDoc, '_id'>[]): string[] | null {
  if (user.isAdmin) return null;
  if (!served.length) throw new AppError('FORBIDDEN', '只有合作伙伴的店员可以核销');
  return served.map((p) => p._id);
}

/** Partners the caller may redeem and check in at (allowedOf), read. */
export async function allowedPartners(db: Database, user: UserDoc): Promise<string[] | null> {
  return allowedOf(user, user.isAdmin ? [] : await partnersServedBy(db, user._id));
}

/** A one-time invitation to the partner's staff: an unguessable token that works for INVITATION_HOURS. */
export async function createInvitation(db: Database, partnerId: string, by: string, now: Date): Promise<PartnerInviteDoc> {
  const invite: PartnerInviteDoc = {
    _id: newId(),
    partnerId,
    createdBy: by,
    expiresAt: new Date(now.getTime() + INVITATION_HOURS * 3_600_000),
    usedBy: null,
    usedAt: null,
    createdAt: now,
  };
  await db.collection('partnerInvites').add(invite);
  return invite;
}

/** The invitation behind a link, read only: its partner and whether it still works. */
export async function previewInvitation(db: Database, token: string, now: Date): Promise<{ invite: PartnerInviteDoc; partner: PartnerDoc; status: InvitationStatus }> {
  if (!isToken(token)) throw new AppError('INVITE_INVALID');
  const invite = await getDoc<PartnerInviteDoc>(db, 'partnerInvites', token);
  const partner = invite && (await getDoc<PartnerDoc>(db, 'partners', invite.partnerId));
  if (!invite || !partner) throw new AppError('INVITE_INVALID');
  return { invite, partner, status: invitationStatus({ usedBy: invite.usedBy, expiresAt: new Date(invite.expiresAt) }, now) };
}

/**
 * Takes the invitation by one conditional update (unused and unexpired → used by
 * the caller), so of two people racing one wins; then the caller joins the staff.
 * A repeat by the winner answers the partner; it adds them only when nothing
 * changed the partner since (their first call died in between), so staff the
 * brand removed cannot come back through the old link.
 */
export async function acceptInvitation(db: Database, token: string, openid: string, now: Date): Promise<PartnerDoc> {
  if (!isToken(token)) throw new AppError('INVITE_INVALID');
  const _ = db.command;
  const taken = await db.collection('partnerInvites').where({ _id: token, usedBy: null, expiresAt: _.gt(now) }).update({ usedBy: openid, usedAt: now });
  const invite = await getDoc<PartnerInviteDoc>(db, 'partnerInvites', token);
  if (!invite || invite.usedBy !== openid) throw new AppError('INVITE_INVALID');
  const partner = await getDoc<PartnerDoc>(db, 'partners', invite.partnerId);
  if (!partner) throw new AppError('INVITE_INVALID');
  if (partner.staff.includes(openid)) return partner;
  const unfinished = updatedCount(taken) === 1 || new Date(partner.updatedAt) <= new Date(invite.usedAt!);
  if (!unfinished) throw new AppError('INVITE_INVALID');
  await db.collection('partners').doc(partner._id).update({ staff: _.addToSet(openid), updatedAt: now });
  return { ...partner, staff: [...partner.staff, openid] };
}
