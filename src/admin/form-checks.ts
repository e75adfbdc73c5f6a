import { fromShanghaiInput } from '@/admin/pages/deal-edit/shanghai-input'

/** A poll's or contest's title (2–40 characters) and description (at most 500), trimmed; what is wrong goes into `errors`. */
export function checkTitled(f: { title: string; description: string }, errors: { title?: string; description?: string }): { title: string; description: string } {
  const title = f.title.trim()
  const description = f.description.trim()
  if (title.length < 2 || title.length > 40) errors.title = '标题需 2–40 个字'
  if (description.length > 500) errors.description = '说明最多 500 个字'
  return { title, description }
}

export interface PeriodCheck {
  startAt: string | null
  endAt: string | null
  startError?: string
  endError?: string
}

/** A start and an end typed as Shanghai dates and times, as instants; the end must come after the start. `endWord` names the end (结束, 截止). */
export function checkPeriod(start: { date: string; time: string }, end: { date: string; time: string }, endWord: string): PeriodCheck {
  const startAt = fromShanghaiInput(start.date, start.time)
  const endAt = fromShanghaiInput(end.date, end.time)
  const check: PeriodCheck = { startAt, endAt }
  if (!startAt) check.startError = '请选择开始时间'
  if (!endAt) check.endError = `请选择${endWord}时间`
  else if (startAt && Date.parse(endAt) <= Date.parse(startAt)) check.endError = `${endWord}时间需晚于开始时间`
  return check
}
