import { z } from 'zod';
import type { Database } from '../../shared/runtime/cloud';
import type { EventDoc, EventSignupDoc, PartnerDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { loadEvent, ticketRef } from './events';
import { fill } from './signups';

const time = (missing: string) => z.iso.datetime({ offset: true, error: missing });
const text = (max: number, label: string) => z.string().trim().max(max, `${label}最多 ${max} 字`);

/** What the brand or a partner's staff enter for an event (EventInput). */
export const eventSchema = z
  .object({
    eventId: idSchema.optional(),
    title: text(30, '活动标题').min(1, '请填写活动标题'),
    startAt: time('请填写开始时间'),
    endAt: time('请填写结束时间'),
    place: text(100, '活动地点').min(1, '请填写活动地点'),
    partnerId: idSchema.nullable(),
    capacity: z.number({ error: '请填写名额' }).int('名额需是整数').min(1, '名额至少 1 人').max(10000, '名额最多 10000 人'),
    gate: z
      .object({
        tier: z.enum(['explorer', 'officer', 'cocreator'], { error: '请选择优先报名的等级' }),
        hours: z.number().int().min(0, '优先时长不能为负').max(168, '优先报名最多 168 小时'),
      })
      .nullable(),
    signupOpensAt: z.union([z.literal(''), time('报名开始时间格式不正确')]),
    cover: z.string().max(300),
    description: text(2000, '活动介绍'),
    attendGrowth: z.number().int().min(0, '成长值不能为负').max(200, '参加活动最多奖励 200 成长值'),
    status: z.enum(['published', 'cancelled']),
  })
  .refine((e) => Date.parse(e.endAt) > Date.parse(e.startAt), { message: '结束时间需晚于开始时间', path: ['endAt'] });

export type EventInput = z.infer<typeof eventSchema>;

/** Who saves: the brand (any partner, or none) or staff of the partners in `allowed`. */
export interface EventEditor {
  openid: string;
  allowed: readonly string[] | null;
}

/** The event being edited and the partner entered, as the caller's read found them (null: none). */
export interface SaveKnown {
  existing: EventDoc | null;
  partner: PartnerDoc | null;
}

/**
 * Creates or edits an event. Capacity may not drop below the seats taken (one
 * conditional update); a larger capacity seats the waitlist. New times move the
 * tickets' expiry; cancelling the event voids them (the sign-ups stay on record).
 * `known`: the event and partner as the caller already read them (else read here).
 * Answers the event as written (after an edit, before the waitlist moved up).
 */
export async function saveEvent(db: Database, input: EventInput, by: EventEditor, now: Date, known?: SaveKnown): Promise<EventDoc> {
  const _ = db.command;
  const { eventId, ...entered } = input;
  const existing = known ? known.existing : eventId ? await loadEvent(db, eventId) : null;
  if (eventId && !existing) throw new AppError('NOT_FOUND', '活动不存在');
  const mine = (partnerId: string | null) => by.allowed === null || (partnerId !== null && by.allowed.includes(partnerId));
  if (!mine(input.partnerId) || (existing && !mine(existing.partnerId))) throw new AppError('FORBIDDEN', '只能编辑自己门店的活动');
  const partner = known ? known.partner : input.partnerId ? await getDoc<PartnerDoc>(db, 'partners', input.partnerId) : null;
  if (input.partnerId && !partner) throw new AppError('NOT_FOUND', '合作伙伴不存在');
  if (existing && existing.seated > 0 && existing.partnerId !== input.partnerId) throw new AppError('CONFLICT', '已有人报名，不能更换合作伙伴');
  const fields = {
    ...entered,
    startAt: new Date(input.startAt),
    endAt: new Date(input.endAt),
    signupOpensAt: input.signupOpensAt ? new Date(input.signupOpensAt) : (existing?.signupOpensAt ?? now),
    updatedAt: now,
  };
  if (!existing) {
    const doc: EventDoc = { _id: newId(), ...fields, seated: 0, applied: [], endedAt: null, createdBy: by.openid, createdAt: now };
    await db.collection('events').add(doc);
    return doc;
  }
  const res = await db.collection('events').where({ _id: existing._id, seated: _.lte(input.capacity) }).updateAndReturn(fields);
  const saved = (res as { doc?: EventDoc | null }).doc;
  if (!saved) throw new AppError('CONFLICT', `已有 ${existing.seated} 人报名，名额不能少于 ${existing.seated}`);
  if (input.status === 'cancelled') await updateTickets(db, existing._id, { status: 'void' });
  else if (fields.endAt.getTime() !== new Date(existing.endAt).getTime()) await updateTickets(db, existing._id, { expiresAt: fields.endAt });
  await fill(db, existing._id, now, { known: saved });
  return saved;
}

const BATCH = 100;

/** Changes the active tickets of the event's seated members, a hundred at a time (by ref: a seat-first sign-up's ticket may be issued but not yet recorded on it). */
async function updateTickets(db: Database, eventId: string, change: Record<string, unknown>): Promise<void> {
  const _ = db.command;
  for (let after = ''; ; ) {
    const res = await db.collection('eventSignups').where({ eventId, status: 'going', _id: _.gt(after) }).orderBy('_id', 'asc').limit(BATCH).get();
    const page = res.data as EventSignupDoc[];
    if (page.length) await db.collection('verifyCodes').where({ ref: _.in(page.map(ticketRef)), kind: 'ticket', status: 'active' }).update(change);
    if (page.length < BATCH) return;
    after = page[page.length - 1]._id;
  }
}
