import type { EventDetail } from '@shared/api'
import { eventPhaseChip, eventStatusChips, eventTimeText, gateNotice, mySignupChip, seatsText, signupAction, signupResultText, splitEvents } from '@/utils/event-status'

// 2026-11-28 (a Saturday) 10:00 in Shanghai.
const NOW = Date.parse('2026-11-28T02:00:00Z')

type D = Pick<EventDetail, 'phase' | 'signup' | 'going' | 'capacity' | 'signupOpensAt' | 'signupBlockedReason'>
const detail = (over: Partial<D> = {}): D => ({ phase: 'open', signup: null, going: 3, capacity: 20, signupOpensAt: '2026-11-27T02:00:00Z', signupBlockedReason: '', ...over })
const mine = (status: NonNullable<D['signup']>['status'], position = 0): D['signup'] => ({ status, position, token: '', code: '', checkedInAt: '' })

describe('when an event happens, in China time', () => {
  it('names the day, the weekday and the hours on one day', () => {
    expect(eventTimeText('2026-11-29T06:00:00Z', '2026-11-29T08:00:00Z', NOW)).toBe('11月29日 周日 14:00–16:00')
  })
  it('spells both ends across days', () => {
    expect(eventTimeText('2026-11-29T06:00:00Z', '2026-11-30T04:00:00Z', NOW)).toBe('11月29日 14:00 – 11月30日 12:00')
  })
  it('takes a late evening UTC time as the next Shanghai day', () => {
    expect(eventTimeText('2026-11-28T23:30:00Z', '2026-11-29T01:00:00Z', NOW)).toBe('11月29日 周日 07:30–09:00')
  })
  it('names the year of a day in another China year', () => {
    expect(eventTimeText('2027-01-02T06:00:00Z', '2027-01-02T08:00:00Z', NOW)).toBe('2027年1月2日 周六 14:00–16:00')
    expect(eventTimeText('2026-12-31T12:00:00Z', '2026-12-31T18:00:00Z', NOW)).toBe('12月31日 20:00 – 2027年1月1日 02:00')
  })
})

describe('chips', () => {
  it('say the phase and my sign-up', () => {
    expect(eventPhaseChip('open')).toEqual({ label: '报名中', tone: 'green' })
    expect(eventPhaseChip('ended').label).toBe('已结束')
    expect(mySignupChip('waitlist')).toEqual({ label: '候补中', tone: 'amber' })
    expect(mySignupChip('cancelled')).toBeNull()
    expect(mySignupChip(null)).toBeNull()
  })
  it('tell one story at the top: 已签到 wins over 报名中 before the event, and a sign-up over 即将开放报名', () => {
    expect(eventStatusChips('open', 'attended').map((c) => c.label)).toEqual(['已签到'])
    expect(eventStatusChips('ongoing', 'attended').map((c) => c.label)).toEqual(['已签到'])
    expect(eventStatusChips('not_open', 'going').map((c) => c.label)).toEqual(['已报名'])
    expect(eventStatusChips('open', 'going').map((c) => c.label)).toEqual(['报名中', '已报名'])
    expect(eventStatusChips('open', null).map((c) => c.label)).toEqual(['报名中'])
    expect(eventStatusChips('open', 'cancelled').map((c) => c.label)).toEqual(['报名中'])
  })
  it('keep the phase beside my sign-up once the event ended or was cancelled', () => {
    expect(eventStatusChips('ended', 'attended').map((c) => c.label)).toEqual(['已结束', '已签到'])
    expect(eventStatusChips('cancelled', 'going').map((c) => c.label)).toEqual(['已取消', '已报名'])
  })
})

describe('seats', () => {
  it('count going against capacity, and the waitlist when there is one', () => {
    expect(seatsText({ going: 20, capacity: 20, waitlist: 3, phase: 'open' })).toBe('20/20 人已报名 · 3 人候补')
    expect(seatsText({ going: 4, capacity: 20, waitlist: 0, phase: 'open' })).toBe('4/20 人已报名')
    expect(seatsText({ going: 12, capacity: 20, waitlist: 0, phase: 'ended' })).toBe('12 人报名')
  })
})

describe('the list', () => {
  it('puts upcoming and ongoing events before past and cancelled ones, keeping the order given', () => {
    const events = [{ id: 1, phase: 'open' }, { id: 2, phase: 'ongoing' }, { id: 3, phase: 'ended' }, { id: 4, phase: 'cancelled' }, { id: 5, phase: 'not_open' }] as const
    const { upcoming, past } = splitEvents([...events])
    expect(upcoming.map((e) => e.id)).toEqual([1, 2, 5])
    expect(past.map((e) => e.id)).toEqual([3, 4])
  })
})

describe('the tier gate notice', () => {
  const gate = { tier: 'cocreator' as const, hours: 24 }
  it('says until when 共创官 sign up first, today by the clock', () => {
    expect(gateNotice({ gate, gateUntil: '2026-11-28T06:00:00Z' }, NOW)).toBe('共创官优先报名至 14:00')
  })
  it('names the day when the gate ends on another day', () => {
    expect(gateNotice({ gate, gateUntil: '2026-11-29T06:00:00Z' }, NOW)).toBe('共创官优先报名至 11月29日 14:00')
  })
  it('is gone once the gate has passed, or without one', () => {
    expect(gateNotice({ gate, gateUntil: '2026-11-28T01:00:00Z' }, NOW)).toBe('')
    expect(gateNotice({ gate: null, gateUntil: '' }, NOW)).toBe('')
  })
})

describe('the sign-up button', () => {
  it('signs up while seats are free, and joins the waitlist when full', () => {
    expect(signupAction(detail(), NOW)).toEqual({ kind: 'sign_up', label: '立即报名' })
    expect(signupAction(detail({ going: 20 }), NOW)).toEqual({ kind: 'sign_up', label: '名额已满，加入候补' })
  })
  it('cancels a seat or a waitlist place before the start', () => {
    expect(signupAction(detail({ signup: mine('going') }), NOW)).toEqual({ kind: 'cancel', label: '取消报名' })
    expect(signupAction(detail({ signup: mine('waitlist', 2) }), NOW)).toEqual({ kind: 'cancel', label: '取消候补' })
  })
  it('signs up again after cancelling', () => {
    expect(signupAction(detail({ signup: mine('cancelled') }), NOW).kind).toBe('sign_up')
  })
  it('offers nothing once it started, ended or was cancelled, or before sign-up opens', () => {
    expect(signupAction(detail({ phase: 'ongoing', signup: mine('going') }), NOW).kind).toBe('none')
    expect(signupAction(detail({ phase: 'ended' }), NOW).label).toBe('活动已结束')
    expect(signupAction(detail({ phase: 'cancelled', signup: mine('going') }), NOW).label).toBe('活动已取消')
    expect(signupAction(detail({ phase: 'not_open', signupOpensAt: '2026-11-28T12:00:00Z' }), NOW).label).toBe('11月28日 20:00 开放报名')
    expect(signupAction(detail({ phase: 'ongoing', signup: mine('attended') }), NOW)).toEqual({ kind: 'none', label: '已签到，玩得开心' })
  })
  it('shows a member below the tier gate why, on a disabled button, instead of 立即报名', () => {
    const reason = '共创官优先报名中，其他会员稍后开放'
    expect(signupAction(detail({ signupBlockedReason: reason }), NOW)).toEqual({ kind: 'blocked', label: '暂不能报名', reason })
    expect(signupAction(detail({ signupBlockedReason: reason, signup: mine('going') }), NOW).kind).toBe('cancel')
  })
  it('names the year when sign-up opens in another year', () => {
    expect(signupAction(detail({ phase: 'not_open', signupOpensAt: '2027-01-01T02:00:00Z' }), NOW).label).toBe('2027年1月1日 10:00 开放报名')
  })
  it('offers 发晒单 after an event the member attended', () => {
    expect(signupAction(detail({ phase: 'ended', signup: mine('attended') }), NOW)).toEqual({ kind: 'post', label: '发晒单，分享活动现场' })
  })
  it('tells the member where the sign-up landed', () => {
    expect(signupResultText('going', 0)).toBe('报名成功')
    expect(signupResultText('waitlist', 3)).toBe('已加入候补，第 3 位')
  })
})
