import type { EventCard, EventDetail, EventPhase, SignupStatus } from '@shared/api'
import { shanghaiDayKey, shanghaiParts } from '@shared/domain/calendar'
import { dayText, formatDateTime } from './format'
import type { StatusChip } from './order-status'
import { tierLabel } from './tier'

const pad2 = (n: number) => String(n).padStart(2, '0')
const WEEKDAYS = '日一二三四五六'

const PHASE_CHIPS: Record<EventPhase, StatusChip> = {
  not_open: { label: '即将开放报名', tone: 'amber' },
  open: { label: '报名中', tone: 'green' },
  ongoing: { label: '进行中', tone: 'berry' },
  ended: { label: '已结束', tone: 'plain' },
  cancelled: { label: '已取消', tone: 'plain' },
}

export const eventPhaseChip = (phase: EventPhase): StatusChip => PHASE_CHIPS[phase] ?? PHASE_CHIPS.ended

const MINE_CHIPS: Record<SignupStatus, StatusChip | null> = {
  going: { label: '已报名', tone: 'green' },
  waitlist: { label: '候补中', tone: 'amber' },
  attended: { label: '已签到', tone: 'green' },
  cancelled: null,
}

/** The caller's own sign-up on a card; none when cancelled or never signed up. */
export const mySignupChip = (mine: SignupStatus | null): StatusChip | null => (mine ? MINE_CHIPS[mine] : null)

/**
 * The chips atop an event for the caller, telling one story: before the event ends
 * their own standing replaces what the sign-up phase says to others (checked in
 * beats 报名中; signed up beats 即将开放报名); afterwards the phase and theirs.
 */
export function eventStatusChips(phase: EventPhase, mine: SignupStatus | null): StatusChip[] {
  const phaseChip = eventPhaseChip(phase)
  const mineChip = mySignupChip(mine)
  if (!mineChip) return [phaseChip]
  if (phase === 'ended' || phase === 'cancelled') return [phaseChip, mineChip]
  if (mine === 'attended' || phase === 'not_open') return [mineChip]
  return [phaseChip, mineChip]
}

/**
 * When an event happens, in China time: 11月29日 周六 14:00–16:00 on one day, else
 * 11月29日 14:00 – 11月30日 12:00; a day in another year than `now` names its year.
 */
export function eventTimeText(startAt: string, endAt: string, now: number = Date.now()): string {
  const start = new Date(startAt)
  const end = new Date(endAt)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return ''
  if (shanghaiDayKey(start) !== shanghaiDayKey(end)) return `${formatDateTime(startAt, now)} – ${formatDateTime(endAt, now)}`
  const s = shanghaiParts(start)
  const e = shanghaiParts(end)
  const weekday = WEEKDAYS[new Date(start.getTime() + 8 * 3_600_000).getUTCDay()]
  return `${dayText(start, now)} 周${weekday} ${pad2(s.hour)}:${pad2(s.minute)}–${pad2(e.hour)}:${pad2(e.minute)}`
}

/** 12/20 人已报名 · 3 人候补 (past events: 12 人报名). */
export function seatsText(e: Pick<EventCard, 'going' | 'capacity' | 'waitlist' | 'phase'>): string {
  if (e.phase === 'ended') return `${e.going} 人报名`
  const seats = `${e.going}/${e.capacity} 人已报名`
  return e.waitlist > 0 ? `${seats} · ${e.waitlist} 人候补` : seats
}

/** The list's two sections, in the order the server gave (upcoming soonest first, past latest first). */
export function splitEvents<E extends Pick<EventCard, 'phase'>>(events: E[]): { upcoming: E[]; past: E[] } {
  const past = (e: E) => e.phase === 'ended' || e.phase === 'cancelled'
  return { upcoming: events.filter((e) => !past(e)), past: events.filter(past) }
}

/** 共创官优先报名至 14:00 (another day: 至 11月29日 14:00), while the gate holds; else ''. */
export function gateNotice(e: Pick<EventDetail, 'gate' | 'gateUntil'>, now: number): string {
  if (!e.gate || !e.gateUntil) return ''
  const until = new Date(e.gateUntil)
  if (Number.isNaN(until.getTime()) || until.getTime() <= now) return ''
  const p = shanghaiParts(until)
  const clock = `${pad2(p.hour)}:${pad2(p.minute)}`
  const when = shanghaiDayKey(until) === shanghaiDayKey(new Date(now)) ? clock : `${dayText(until, now)} ${clock}`
  return `${tierLabel(e.gate.tier)}优先报名至 ${when}`
}

export type SignupAction =
  | { kind: 'sign_up'; label: string }
  | { kind: 'cancel'; label: string }
  | { kind: 'post'; label: string }
  | { kind: 'none'; label: string }
  | { kind: 'blocked'; label: string; reason: string }

/**
 * The event page's bottom button: sign up (or join the waitlist), cancel, 发晒单 after
 * attending, a line why not, or (blocked) a disabled button with the server's reason
 * the caller may not sign up yet, e.g. below the tier gate.
 */
export function signupAction(e: Pick<EventDetail, 'phase' | 'signup' | 'going' | 'capacity' | 'signupOpensAt' | 'signupBlockedReason'>, now: number = Date.now()): SignupAction {
  const status = e.signup?.status
  if (status === 'attended') return e.phase === 'ended' ? { kind: 'post', label: '发晒单，分享活动现场' } : { kind: 'none', label: '已签到，玩得开心' }
  if (e.phase === 'cancelled') return { kind: 'none', label: '活动已取消' }
  if (e.phase === 'ended') return { kind: 'none', label: '活动已结束' }
  if (e.phase === 'ongoing') return { kind: 'none', label: status === 'going' ? '活动进行中，到场出示票码签到' : '活动进行中，报名已结束' }
  if (status === 'going') return { kind: 'cancel', label: '取消报名' }
  if (status === 'waitlist') return { kind: 'cancel', label: '取消候补' }
  if (e.phase === 'not_open') return { kind: 'none', label: `${formatDateTime(e.signupOpensAt, now)} 开放报名` }
  if (e.signupBlockedReason) return { kind: 'blocked', label: '暂不能报名', reason: e.signupBlockedReason }
  return e.going >= e.capacity ? { kind: 'sign_up', label: '名额已满，加入候补' } : { kind: 'sign_up', label: '立即报名' }
}

/** What a sign-up answer tells the member. */
export function signupResultText(status: SignupStatus | undefined, position: number): string {
  if (status === 'going') return '报名成功'
  if (status === 'waitlist') return position > 0 ? `已加入候补，第 ${position} 位` : '已加入候补'
  return '已提交'
}
