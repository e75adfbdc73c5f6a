import type { Database } from '../../shared/runtime/cloud';
import type { PartnerDoc, PartnerInviteDoc, UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc } from '../../shared/runtime/documents';
import { joinedOne, JoinedRow, readJoined } from '../../shared/runtime/aggregate';
import { newId } from '../../shared/runtime/ids';
import { INVITATION_HOURS, invitationStatus, InvitationStatus } from '../../shared/domain/partner';
import { isToken } from '../../shared/domain/verify-code';

const MAX_SERVED = 100;
const SERVED = 'servedPartners';

/** The partners whose staff list holds the caller. */
export async function partnersServedBy(db: Database, openid: string): Promise<PartnerDoc[]> {
  const res = await db.collection('partners').where({ staff: openid }).limit(MAX_SERVED).get();
  return res.data as PartnerDoc[];
}

/** A lookup stage: the partners whose staff list holds `openid` (their ids), as `as`. */
export const servedBy = (openid: string, as: string) => ({ from: 'partners', pipeline: [{ $match: { staff: openid } }, { $project: { _id: 1 } }, { $limit: MAX_SERVED }], as });

/** Partners the caller may redeem and check in at, of the partners they serve: null for the brand (any), else theirs; none → FORBIDDEN. */
/** What a caller serving no partner hears at the counter. */
export const STAFF_ONLY = '只有合作伙伴的店员可以核销';

export function allowedOf(user: UserDoc, served: readonly Pick<PartnerDoc, '_id'>[]): string[] | null {
  if (user.isAdmin) return null;
  if (!served.length) throw new AppError('FORBIDDEN', STAFF_ONLY);
  return served.map((p) => p._id);
}

/**
 * The caller as staff in one round trip: their profile joined to the partners they
 * serve and to `lookups` (the row keeps those), and the partners they may act for
 * (allowedOf: FORBIDDEN when none). A caller without a profile gets one first.
 */
export async function readStaffCaller(db: Database, openid: string, user: () => Promise<UserDoc>, lookups: object[] = []): Promise<{ me: UserDoc; allowed: string[] | null; row: JoinedRow }> {
  const all = [servedBy(openid, SERVED), ...lookups];
  const row = (await readJoined(db, 'users', openid, all)) ?? (await user().then(() => readJoined(db, 'users', openid, all)));
  if (!row) throw new Error(`no profile for ${openid}`);
  const me = { ...row } as Record<string, unknown>;
  for (const lookup of all as { as: string }[]) delete me[lookup.as];
  return { me: me as unknown as UserDoc, allowed: allowedOf(me as unknown as UserDoc, row[SERVED] as Pick<PartnerDoc, '_id'>[]), row };
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
 * the caller, answering it), so of two people racing one wins; then the caller joins
 * the staff (one update answering the partner). A repeat by the winner answers the
 * partner (read with the invitation); it adds them only when nothing changed the
 * partner since (their first call died in between), so staff the brand removed
 * cannot come back through the old link.
 */
export async function acceptInvitation(db: Database, token: string, openid: string, now: Date): Promise<PartnerDoc> {
  if (!isToken(token)) throw new AppError('INVITE_INVALID');
  const _ = db.command;
  const join = async (partnerId: string) => {
    const res = await db.collection('partners').where({ _id: partnerId }).updateAndReturn({ staff: _.addToSet(openid), updatedAt: now });
    const partner = (res as { doc?: PartnerDoc | null }).doc;
    if (!partner) throw new AppError('INVITE_INVALID');
    return partner;
  };
  const taken = await db.collection('partnerInvites').where({ _id: token, usedBy: null, expiresAt: _.gt(now) }).updateAndReturn({ usedBy: openid, usedAt: now });
  const won = (taken as { doc?: PartnerInviteDoc | null }).doc;
  if (won) return join(won.partnerId);
  const row = await readJoined(db, 'partnerInvites', token, [{ from: 'partners', localField: 'partnerId', foreignField: '_id', as: 'partner' }]);
  const invite = row as unknown as PartnerInviteDoc | null;
  const partner = joinedOne<PartnerDoc>(row, 'partner');
  if (!invite || invite.usedBy !== openid || !partner) throw new AppError('INVITE_INVALID');
  if (partner.staff.includes(openid)) return partner;
  if (new Date(partner.updatedAt) > new Date(invite.usedAt!)) throw new AppError('INVITE_INVALID');
  return join(partner._id);
}
