import type { ContestDraft, ContestView } from '@shared/api'
import { TOPIC_MAX } from '@shared/domain/post'
import { toShanghaiInput } from '@/admin/pages/deal-edit/shanghai-input'
import { checkPeriod, checkTitled } from '@/admin/form-checks'
import { parseCount } from '@/utils/parse-count'

/** A contest as the operator types it; dates and times are Shanghai wall time. */
export interface ContestForm {
  title: string
  description: string
  /** Without the leading #. */
  topic: string
  /** A cloud file id, or '' for none. */
  cover: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  growth: string
  points: string
  maxWinners: string
}

export type ContestFormErrors = Partial<Record<'title' | 'description' | 'topic' | 'startAt' | 'endAt' | 'growth' | 'points' | 'maxWinners', string>>

export const MAX_WINNERS = 20
const GROWTH_MAX = 10_000
const POINTS_MAX = 100_000

/** A fresh form: starts now, ends in two weeks at 20:00; 3 winners, 30 成长值 and 100 积分 each. */
export function emptyContestForm(now: Date): ContestForm {
  const start = toShanghaiInput(now.toISOString())
  const end = toShanghaiInput(new Date(now.getTime() + 14 * 86_400_000).toISOString())
  return {
    title: '',
    description: '',
    topic: '',
    cover: '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: '20:00',
    growth: '30',
    points: '100',
    maxWinners: '3',
  }
}

/** A saved contest back in the form, to edit it. */
export function contestToForm(c: ContestView): ContestForm {
  const start = toShanghaiInput(c.startAt)
  const end = toShanghaiInput(c.endAt)
  return {
    title: c.title,
    description: c.description,
    topic: c.topic,
    cover: c.cover,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    growth: String(c.reward.growth),
    points: String(c.reward.points),
    maxWinners: String(c.maxWinners),
  }
}

/** A topic as typed (#早餐搭配 or 早餐搭配 ) as it is stored: 早餐搭配. */
export const cleanTopic = (topic: string): string => topic.trim().replace(/^[#＃]+\s*/, '').trim()

/** The form as a draft for admin.saveContest, or a Chinese message for each part that is wrong. */
export function formToContestDraft(f: ContestForm): { ok: true; draft: ContestDraft } | { ok: false; errors: ContestFormErrors } {
  const errors: ContestFormErrors = {}
  const { title, description } = checkTitled(f, errors)
  const topic = cleanTopic(f.topic)
  if (!topic) errors.topic = '请填写话题，参赛晒单都会带上它'
  else if (topic.length > TOPIC_MAX) errors.topic = `话题最多 ${TOPIC_MAX} 个字`
  const growth = parseCount(f.growth, 0, GROWTH_MAX)
  const points = parseCount(f.points, 0, POINTS_MAX)
  const maxWinners = parseCount(f.maxWinners, 1, MAX_WINNERS)
  if (growth === null) errors.growth = `成长值需在 0–${GROWTH_MAX} 之间`
  if (points === null) errors.points = `积分需在 0–${POINTS_MAX} 之间`
  if (maxWinners === null) errors.maxWinners = `获奖名额需在 1–${MAX_WINNERS} 之间`
  const { startAt, endAt, startError, endError } = checkPeriod({ date: f.startDate, time: f.startTime }, { date: f.endDate, time: f.endTime }, '截止')
  if (startError) errors.startAt = startError
  if (endError) errors.endAt = endError
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    draft: {
      title,
      description,
      topic,
      ...(f.cover ? { cover: f.cover } : {}),
      startAt: startAt as string,
      endAt: endAt as string,
      reward: { growth: growth as number, points: points as number },
      maxWinners: maxWinners as number,
    },
  }
}

/** Only a contest that has not ended may be edited (the server refuses the others). */
export const contestEditable = (c: Pick<ContestView, 'phase'>): boolean => c.phase === 'upcoming' || c.phase === 'open'
