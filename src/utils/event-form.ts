import type { EventDetail, EventInput } from '@shared/api'
import type { Tier } from '@shared/domain/growth'
import { fromShanghaiInput, toShanghaiInput } from '@/admin/pages/deal-edit/shanghai-input'
import { parseCount } from '@/utils/parse-count'

/** Who may sign up first: everyone at once, or 体验官 / 共创官 for the first hours. */
export type GateChoice = 'none' | Exclude<Tier, 'explorer'>

export const GATE_CHOICES: { value: GateChoice; label: string }[] = [
  { value: 'none', label: '不限' },
  { value: 'officer', label: '体验官优先' },
  { value: 'cocreator', label: '共创官优先' },
]

/** An event as the organiser types it; dates and times are China (Shanghai) wall time. */
export interface EventForm {
  eventId?: string
  title: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  place: string
  /** The host partner; null: the brand's own event. */
  partnerId: string | null
  capacity: string
  gate: GateChoice
  gateHours: string
  /** Sign-up opens when saved, or at a set time. */
  opensNow: boolean
  opensDate: string
  opensTime: string
  cover: string
  description: string
  attendGrowth: string
  status: 'published' | 'cancelled'
}

export type EventFormErrors = Partial<Record<'title' | 'startAt' | 'endAt' | 'place' | 'capacity' | 'gateHours' | 'opensAt' | 'description' | 'attendGrowth', string>>

export const TITLE_MAX = 30
export const PLACE_MAX = 60
export const DESCRIPTION_MAX = 1000
export const CAPACITY_MAX = 10_000
export const GATE_HOURS_MAX = 168
export const ATTEND_GROWTH_MAX = 200

/** A fresh form: next Saturday 10:00–12:00 at the partner's address, 20 places, 20 成长值 for coming. */
export function emptyEventForm(now: Date, partnerId: string | null, place = ''): EventForm {
  const today = toShanghaiInput(now.toISOString())
  const weekday = new Date(`${today.date}T00:00:00Z`).getUTCDay()
  const saturday = toShanghaiInput(new Date(now.getTime() + ((6 - weekday + 7) % 7 || 7) * 86_400_000).toISOString()).date
  return {
    title: '',
    startDate: saturday,
    startTime: '10:00',
    endDate: saturday,
    endTime: '12:00',
    place,
    partnerId,
    capacity: '20',
    gate: 'none',
    gateHours: '24',
    opensNow: true,
    opensDate: today.date,
    opensTime: today.time,
    cover: '',
    description: '',
    attendGrowth: '20',
    status: 'published',
  }
}

/** A saved event back in the form, to edit it. */
export function eventToForm(e: EventDetail, partnerId: string | null): EventForm {
  const start = toShanghaiInput(e.startAt)
  const end = toShanghaiInput(e.endAt)
  const opens = toShanghaiInput(e.signupOpensAt)
  return {
    eventId: e.eventId,
    title: e.title,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    place: e.place,
    partnerId: e.partner?.partnerId ?? partnerId,
    capacity: String(e.capacity),
    gate: e.gate && e.gate.tier !== 'explorer' ? e.gate.tier : 'none',
    gateHours: String(e.gate?.hours ?? 24),
    opensNow: false,
    opensDate: opens.date,
    opensTime: opens.time,
    cover: e.cover,
    description: e.description,
    attendGrowth: String(e.attendGrowth),
    status: e.status,
  }
}

/** The form as saveEvent's input, or a Chinese message for each part that is wrong. */
export function formToEventInput(f: EventForm, now: Date): { ok: true; input: EventInput } | { ok: false; errors: EventFormErrors } {
  const errors: EventFormErrors = {}
  const title = f.title.trim()
  const place = f.place.trim()
  const description = f.description.trim()
  if (!title) errors.title = '请填写活动标题'
  else if (title.length > TITLE_MAX) errors.title = `标题最多 ${TITLE_MAX} 个字`
  if (!place) errors.place = '请填写活动地点'
  else if (place.length > PLACE_MAX) errors.place = `地点最多 ${PLACE_MAX} 个字`
  if (description.length > DESCRIPTION_MAX) errors.description = `介绍最多 ${DESCRIPTION_MAX} 个字`
  const startAt = fromShanghaiInput(f.startDate, f.startTime)
  const endAt = fromShanghaiInput(f.endDate, f.endTime)
  if (!startAt) errors.startAt = '请选择开始日期和时间'
  else if (!f.eventId && Date.parse(startAt) <= now.getTime()) errors.startAt = '开始时间需晚于现在'
  if (!endAt) errors.endAt = '请选择结束日期和时间'
  else if (startAt && Date.parse(endAt) <= Date.parse(startAt)) errors.endAt = '结束时间需晚于开始时间'
  const capacity = parseCount(f.capacity, 1, CAPACITY_MAX)
  if (capacity === null) errors.capacity = `名额为 1–${CAPACITY_MAX} 的整数`
  const gateHours = f.gate === 'none' ? 0 : parseCount(f.gateHours, 1, GATE_HOURS_MAX)
  if (gateHours === null) errors.gateHours = `优先时长为 1–${GATE_HOURS_MAX} 小时`
  const opensAt = f.opensNow ? '' : fromShanghaiInput(f.opensDate, f.opensTime)
  if (opensAt === null) errors.opensAt = '请选择报名开始的日期和时间'
  else if (opensAt && startAt && Date.parse(opensAt) >= Date.parse(startAt)) errors.opensAt = '报名需在活动开始前开放'
  const attendGrowth = parseCount(f.attendGrowth, 0, ATTEND_GROWTH_MAX)
  if (attendGrowth === null) errors.attendGrowth = `签到奖励为 0–${ATTEND_GROWTH_MAX} 成长值`
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    input: {
      ...(f.eventId ? { eventId: f.eventId } : {}),
      title,
      startAt: startAt!,
      endAt: endAt!,
      place,
      partnerId: f.partnerId,
      capacity: capacity!,
      gate: f.gate === 'none' ? null : { tier: f.gate, hours: gateHours! },
      signupOpensAt: opensAt ?? '',
      cover: f.cover,
      description,
      attendGrowth: attendGrowth!,
      status: f.status,
    },
  }
}
