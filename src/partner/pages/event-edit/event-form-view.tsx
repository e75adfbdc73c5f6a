import { Input, Text, Textarea, View } from '@tarojs/components'
import type { PartnerView } from '@shared/api'
import { DateTimeField } from '@/admin/pages/deal-edit/date-time-field'
import { CoverUpload } from '@/components/cover-upload'
import { GATE_CHOICES, type EventForm, type EventFormErrors, type GateChoice } from '@/utils/event-form'
import { Chips, Field } from './field'

export interface EventFormViewProps {
  form: EventForm
  errors: EventFormErrors
  isAdmin: boolean
  hosts: PartnerView[]
  update: (change: (f: EventForm) => EventForm, ...clear: (keyof EventFormErrors)[]) => void
}

const BRAND = '__brand'

/** The event's fields: what and where, when (China time), who may sign up and what coming earns. */
export function EventFormView({ form, errors, isAdmin, hosts, update }: EventFormViewProps) {
  const set = <K extends keyof EventForm>(key: K, ...clear: (keyof EventFormErrors)[]) => (value: EventForm[K]) => update((f) => ({ ...f, [key]: value }), ...clear)
  const text = (key: 'title' | 'place' | 'capacity' | 'gateHours' | 'attendGrowth' | 'description', clear: keyof EventFormErrors) => (e: { detail: { value: string } }) =>
    update((f) => ({ ...f, [key]: e.detail.value }), clear)
  const hostItems = [...(isAdmin ? [{ value: BRAND, label: '品牌自办' }] : []), ...hosts.map((h) => ({ value: h.partnerId, label: h.name }))]
  const chooseHost = (value: string) => {
    const host = hosts.find((h) => h.partnerId === value)
    update((f) => ({ ...f, partnerId: host ? host.partnerId : null, place: f.place.trim() ? f.place : host?.address ?? '' }), 'place')
  }
  return (
    <View className='event-form'>
      <View className='event-form__section'>
        <Text className='event-form__section-title'>活动</Text>
        <Field name='title' label='标题' error={errors.title}>
          <Input className='event-form__input event-form__title' value={form.title} maxlength={30} placeholder='如：晨光瑜伽 · 周末早课' onInput={text('title', 'title')} />
        </Field>
        {hostItems.length > 1 ? (
          <Field name='host' label='主办'>
            <Chips name='host' items={hostItems} value={form.partnerId ?? BRAND} onChange={chooseHost} />
          </Field>
        ) : null}
        <Field name='place' label='地点' error={errors.place}>
          <Input className='event-form__input event-form__place' value={form.place} maxlength={60} placeholder='如：山月瑜伽 · 徐汇店 3 楼' onInput={text('place', 'place')} />
        </Field>
        <Field name='cover' label='封面（选填）'>
          <CoverUpload value={form.cover} onChange={set('cover')} />
        </Field>
        <Field name='description' label='介绍' error={errors.description} hint='流程、适合谁、要带什么'>
          <Textarea className='event-form__textarea event-form__description' value={form.description} maxlength={1000} placeholder='如：60 分钟流瑜伽，结束后一起吃晨光能量碗；请自带瑜伽服' onInput={text('description', 'description')} />
        </Field>
      </View>
      <View className='event-form__section'>
        <Text className='event-form__section-title'>时间</Text>
        <Text className='event-form__section-note'>均为北京时间</Text>
        <Field name='startAt' label='开始' error={errors.startAt}>
          <DateTimeField date={form.startDate} time={form.startTime} onDate={set('startDate', 'startAt')} onTime={set('startTime', 'startAt')} />
        </Field>
        <Field name='endAt' label='结束' error={errors.endAt}>
          <DateTimeField date={form.endDate} time={form.endTime} onDate={set('endDate', 'endAt')} onTime={set('endTime', 'endAt')} />
        </Field>
        <Field name='opensAt' label='开放报名' error={errors.opensAt}>
          <Chips
            name='opens'
            items={[
              { value: 'now', label: '保存后立即开放' },
              { value: 'at', label: '定时开放' },
            ]}
            value={form.opensNow ? 'now' : 'at'}
            onChange={(v) => update((f) => ({ ...f, opensNow: v === 'now' }), 'opensAt')}
          />
          {!form.opensNow ? <DateTimeField date={form.opensDate} time={form.opensTime} onDate={set('opensDate', 'opensAt')} onTime={set('opensTime', 'opensAt')} /> : null}
        </Field>
      </View>
      <View className='event-form__section'>
        <Text className='event-form__section-title'>报名</Text>
        <Field name='capacity' label='名额' error={errors.capacity} hint='报满后可以候补，有人取消时按先后补上'>
          <Input className='event-form__input event-form__capacity' type='number' value={form.capacity} maxlength={5} onInput={text('capacity', 'capacity')} />
        </Field>
        <Field name='gate' label='优先报名' error={errors.gateHours} hint={form.gate === 'none' ? '所有会员同时报名' : `开放报名后的前 ${form.gateHours || 'N'} 小时只有${form.gate === 'officer' ? '体验官和共创官' : '共创官'}可以报名`}>
          <Chips<GateChoice> name='gate' items={GATE_CHOICES} value={form.gate} onChange={(g) => update((f) => ({ ...f, gate: g }), 'gateHours')} />
          {form.gate !== 'none' ? (
            <View className='event-form__inline'>
              <Text className='event-form__inline-label'>优先</Text>
              <Input className='event-form__input event-form__short event-form__gate-hours' type='number' value={form.gateHours} maxlength={3} onInput={text('gateHours', 'gateHours')} />
              <Text className='event-form__inline-label'>小时</Text>
            </View>
          ) : null}
        </Field>
        <Field name='attendGrowth' label='签到奖励成长值' error={errors.attendGrowth} hint='到场签到后自动发放，每人一次'>
          <Input className='event-form__input event-form__growth' type='number' value={form.attendGrowth} maxlength={3} onInput={text('attendGrowth', 'attendGrowth')} />
        </Field>
      </View>
    </View>
  )
}
