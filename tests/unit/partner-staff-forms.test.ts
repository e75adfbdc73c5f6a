import type { CodeLookupView, EventDetail, PerkView } from '@shared/api'
import { emptyEventForm, eventToForm, formToEventInput, type EventForm } from '@/utils/event-form'
import { emptyPartnerForm, formToPartnerInput } from '@/utils/partner-form'
import { emptyPerkForm, formToPerkInput, perkToForm, validityText } from '@/utils/perk-form'
import { figureCells, percentText } from '@/utils/partner-figures'
import { inviteTokenFrom } from '@/partner/invite-token'
import { lookupRefusal, partnerErrorMessage } from '@/partner/partner-code'

// 2026-11-25 is a Wednesday; 10:00 in Shanghai.
const NOW = new Date('2026-11-25T02:00:00.000Z')

const eventForm = (over: Partial<EventForm> = {}): EventForm => ({ ...emptyEventForm(NOW, 'p-yoga', '永嘉路 321 号'), title: '晨光瑜伽', ...over })

describe('the event form', () => {
  it('starts next Saturday 10:00–12:00 at the host partner, sign-up open at once, 20 places', () => {
    const f = emptyEventForm(NOW, 'p-yoga', '永嘉路 321 号')
    expect([f.startDate, f.startTime, f.endDate, f.endTime]).toEqual(['2026-11-28', '10:00', '2026-11-28', '12:00'])
    expect(f).toMatchObject({ partnerId: 'p-yoga', place: '永嘉路 321 号', capacity: '20', gate: 'none', opensNow: true })
  })

  it('on a Saturday, proposes the Saturday after', () => {
    expect(emptyEventForm(new Date('2026-11-28T02:00:00.000Z'), null).startDate).toBe('2026-12-05')
  })

  it('sends China wall time as instants, no gate, and sign-up opening now as an empty time', () => {
    const r = formToEventInput(eventForm(), NOW)
    expect(r).toEqual({
      ok: true,
      input: {
        title: '晨光瑜伽',
        startAt: '2026-11-28T02:00:00.000Z',
        endAt: '2026-11-28T04:00:00.000Z',
        place: '永嘉路 321 号',
        partnerId: 'p-yoga',
        capacity: 20,
        gate: null,
        signupOpensAt: '',
        cover: '',
        description: '',
        attendGrowth: 20,
        status: 'published',
      },
    })
  })

  it('gives 共创官 the first N hours when gated, and a set opening time', () => {
    const r = formToEventInput(eventForm({ gate: 'cocreator', gateHours: '48', opensNow: false, opensDate: '2026-11-26', opensTime: '20:00' }), NOW)
    expect(r.ok && r.input.gate).toEqual({ tier: 'cocreator', hours: 48 })
    expect(r.ok && r.input.signupOpensAt).toBe('2026-11-26T12:00:00.000Z')
  })

  it('refuses an end before the start, a start in the past, no place, bad capacity, gate hours and growth, each in Chinese', () => {
    const r = formToEventInput(
      eventForm({ title: ' ', startDate: '2026-11-20', endDate: '2026-11-19', place: '', capacity: '0', gate: 'officer', gateHours: '200', attendGrowth: '500' }),
      NOW,
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(Object.keys(r.errors).sort()).toEqual(['attendGrowth', 'capacity', 'endAt', 'gateHours', 'place', 'startAt', 'title'])
    expect(r.errors.endAt).toBe('结束时间需晚于开始时间')
    expect(r.errors.startAt).toBe('开始时间需晚于现在')
  })

  it('refuses sign-up opening after the event starts', () => {
    const r = formToEventInput(eventForm({ opensNow: false, opensDate: '2026-11-29', opensTime: '09:00' }), NOW)
    expect(!r.ok && r.errors.opensAt).toBe('报名需在活动开始前开放')
  })

  it('lets a past event be edited (its start is no longer checked against now) and keeps its id', () => {
    const saved = {
      eventId: 'e1',
      title: '原野生活日',
      startAt: '2026-11-01T02:00:00.000Z',
      endAt: '2026-11-01T06:00:00.000Z',
      signupOpensAt: '2026-10-20T02:00:00.000Z',
      place: '滨江草坪',
      partner: null,
      capacity: 50,
      gate: { tier: 'officer', hours: 24 },
      cover: 'cloud://cover',
      description: '野餐',
      attendGrowth: 30,
      status: 'published',
    } as unknown as EventDetail
    const f = eventToForm(saved, null)
    expect(f).toMatchObject({ startDate: '2026-11-01', startTime: '10:00', gate: 'officer', gateHours: '24', opensNow: false, opensTime: '10:00' })
    const r = formToEventInput(f, NOW)
    expect(r.ok && r.input).toMatchObject({ eventId: 'e1', partnerId: null, signupOpensAt: '2026-10-20T02:00:00.000Z', gate: { tier: 'officer', hours: 24 } })
  })
})

describe('the perk form', () => {
  const filled = { ...emptyPerkForm('p-yoga'), dealId: 'd-bowl', service: ' 一节瑜伽体验课 ' }

  it('sends days after issue by default, trimmed', () => {
    expect(formToPerkInput(filled, NOW)).toEqual({
      ok: true,
      input: { dealId: 'd-bowl', partnerId: 'p-yoga', service: '一节瑜伽体验课', terms: '', total: 100, validity: { mode: 'days', days: 30 }, perMember: 1, active: true },
    })
  })

  it('valid until a date means through that whole China day', () => {
    const r = formToPerkInput({ ...filled, validity: 'until', untilDate: '2026-12-31' }, NOW)
    expect(r.ok && r.input.validity).toEqual({ mode: 'until', until: '2026-12-31T16:00:00.000Z' })
    expect(validityText({ mode: 'until', until: '2026-12-31T16:00:00.000Z' })).toBe('有效期至 2026-12-31')
    expect(validityText({ mode: 'days', days: 30 })).toBe('发放后 30 天内有效')
  })

  it('refuses no deal, no service, a past date, and a per-member limit above the total', () => {
    const r = formToPerkInput({ ...emptyPerkForm('p'), total: '5', perMember: '6', validity: 'until', untilDate: '2026-11-01' }, NOW)
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['dealId', 'perMember', 'service', 'validity'])
  })

  it('never lowers the total below the vouchers already issued', () => {
    const r = formToPerkInput({ ...filled, total: '8' }, NOW, 10)
    expect(!r.ok && r.errors.total).toBe('总量需在 10（已发放）到 100000 之间')
  })

  it('reads a saved perk back, the until date as the day it ends', () => {
    const perk = { perkId: 'k1', dealId: 'd', partner: { partnerId: 'p' }, service: 's', terms: '', total: 10, issued: 3, left: 7, validity: { mode: 'until', until: '2026-12-31T16:00:00.000Z' }, perMember: 2, active: true } as unknown as PerkView
    expect(perkToForm(perk)).toMatchObject({ perkId: 'k1', partnerId: 'p', validity: 'until', untilDate: '2026-12-31', total: '10', perMember: '2' })
  })
})

describe('the partner form', () => {
  it('needs a name and an address; the phone is optional but must look like one', () => {
    const r = formToPartnerInput({ ...emptyPartnerForm(), phone: 'abc' })
    expect(!r.ok && r.errors).toEqual({ name: '请填写合作伙伴名称', address: '请填写地址，会员凭券到店要用', phone: '请填写正确的电话号码，如 021-6488 1234' })
    const ok = formToPartnerInput({ ...emptyPartnerForm(), name: ' 山月瑜伽 ', address: '永嘉路 321 号', phone: '021-6488 1234' })
    expect(ok.ok && ok.input).toMatchObject({ name: '山月瑜伽', kind: 'yoga', phone: '021-6488 1234', active: true })
  })
})

describe('the partner console', () => {
  it('shows the redemption rate with at most one decimal', () => {
    expect(percentText(0)).toBe('0%')
    expect(percentText(0.5)).toBe('50%')
    expect(percentText(0.4567)).toBe('45.7%')
    expect(percentText(1.2)).toBe('100%')
  })

  it('lists every figure with a one-line definition', () => {
    const cells = figureCells({ vouchersIssued: 12, vouchersRedeemed: 3, redemptionRate: 0.25, newVisitors: 4, newVisitorsThisMonth: 2, events: 2, attendance: 9, signups: 12 })
    expect(cells.map((c) => [c.label, c.value])).toEqual([
      ['已发券', '12'],
      ['已核销', '3'],
      ['核销率', '25%'],
      ['新到店会员', '4'],
      ['本月新到店', '2'],
      ['举办活动', '2'],
      ['活动签到', '9/12'],
    ])
    expect(cells.every((c) => c.note.length > 0)).toBe(true)
  })

  it('tells staff why a code is refused, in words for the counter', () => {
    expect(partnerErrorMessage({ code: 'VOUCHER_USED', message: '这张券已经核销过了' })).toBe('这张券已经核销过了，不要重复提供服务')
    expect(partnerErrorMessage({ code: 'WRONG_PARTNER', message: '这张券不属于你的门店' })).toBe('这张券不属于你的门店，请让会员到券上写的门店使用')
    // The cloud's particular words win: a ticket of another partner, a pickup code typed here.
    expect(partnerErrorMessage({ code: 'WRONG_PARTNER', message: '这张票不是你们门店的活动' })).toBe('这张票不是你们门店的活动')
    expect(partnerErrorMessage({ code: 'NOT_FOUND', message: '这是自提取货码，请在自提点核销页使用' })).toBe('这是自提取货码，请在自提点核销页使用')
    expect(partnerErrorMessage({ code: 'NOT_FOUND', message: '内容不存在或已下架' })).toBe('没有找到这个码，请核对会员出示的 6 位数字后重试')
    expect(partnerErrorMessage({ code: 'TOO_MANY_ATTEMPTS' })).toBe('输错次数太多，请一小时后再试')
  })

  it('does not offer to confirm a used or expired voucher, or a ticket already checked in', () => {
    const voucher = (status: string) => ({ kind: 'voucher', voucher: { status } }) as unknown as CodeLookupView
    const ticket = (status: string) => ({ kind: 'ticket', ticket: { status } }) as unknown as CodeLookupView
    expect(lookupRefusal(voucher('active'))).toBeNull()
    expect(lookupRefusal(voucher('used'))).toContain('核销过')
    expect(lookupRefusal(voucher('expired'))).toContain('过期')
    expect(lookupRefusal(ticket('going'))).toBeNull()
    expect(lookupRefusal(ticket('attended'))).toContain('签到过')
  })
})

describe('an invitation pasted on the join page', () => {
  const token = '0123456789abcdef0123456789abcdef'
  it('is the token alone or inside the link', () => {
    expect(inviteTokenFrom(` ${token} `)).toBe(token)
    expect(inviteTokenFrom(`partner/pages/join/index?token=${token}`)).toBe(token)
    expect(inviteTokenFrom(`https://x.example/#/partner/pages/join/index?token=${token.toUpperCase()}&from=share`)).toBe(token)
  })
  it('is nothing when it is not 32 hex digits', () => {
    expect(inviteTokenFrom('123456')).toBeNull()
    expect(inviteTokenFrom('')).toBeNull()
  })
})
