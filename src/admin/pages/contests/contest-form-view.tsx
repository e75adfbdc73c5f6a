import { Input, Text, Textarea, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { FormField, type FormFieldProps } from '@/components/form-field'
import { MAX_WINNERS } from '@/admin/contest-form'
import { DateTimeField } from '@/admin/pages/deal-edit/date-time-field'
import { CoverPicker } from './cover-picker'
import type { useContestForm } from './use-contest-form'
import { FormActions } from '@/admin/components/form-actions'
import { CountStepper } from '@/admin/components/count-stepper'

/** One labelled field of the form, with its hint or its validation message. */
const Field = (props: PropsWithChildren<Omit<FormFieldProps, 'block'>>) => <FormField block='contest-form' {...props} />

/** 新建 / 编辑征集活动: title, description, topic, cover, period, reward and places. */
export function ContestFormView({ editor, onCancel }: { editor: ReturnType<typeof useContestForm>; onCancel: () => void }) {
  const { form, errors, saving, set } = editor
  const winners = Number(form.maxWinners) || 1
  return (
    <View className='contest-form'>
      <View className='contest-form__section'>
        <Field name='title' label='活动标题' error={errors.title}>
          <Input className='contest-form__input contest-form__title' value={form.title} maxlength={40} placeholder='如：早餐搭配征集 · 一周不重样' onInput={(e) => set('title', e.detail.value, 'title')} />
        </Field>
        <Field name='description' label='活动说明（选填）' error={errors.description}>
          <Textarea className='contest-form__textarea contest-form__description' value={form.description} maxlength={500} placeholder='想看到怎样的晒单，评选看重什么' onInput={(e) => set('description', e.detail.value, 'description')} />
        </Field>
        <Field name='topic' label='话题' error={errors.topic} hint='参赛晒单都会带上这个话题'>
          <View className='contest-form__topic'>
            <Text className='contest-form__hash'>#</Text>
            <Input className='contest-form__input contest-form__topic-input' value={form.topic} maxlength={20} placeholder='早餐搭配' onInput={(e) => set('topic', e.detail.value, 'topic')} />
          </View>
        </Field>
        <Field name='cover' label='封面（选填）' hint='不选时用话题做封面'>
          <CoverPicker value={form.cover} onChange={(v) => set('cover', v)} />
        </Field>
      </View>
      <View className='contest-form__section'>
        <Field name='startAt' label='开始时间' error={errors.startAt}>
          <DateTimeField date={form.startDate} time={form.startTime} onDate={(v) => set('startDate', v, 'startAt')} onTime={(v) => set('startTime', v, 'startAt')} />
        </Field>
        <Field name='endAt' label='截止时间' error={errors.endAt} hint='截止后不再收作品，可以开始评选'>
          <DateTimeField date={form.endDate} time={form.endTime} onDate={(v) => set('endDate', v, 'endAt')} onTime={(v) => set('endTime', v, 'endAt')} />
        </Field>
      </View>
      <View className='contest-form__section'>
        <View className='contest-form__pair'>
          <Field name='growth' label='每篇获奖得成长值' error={errors.growth}>
            <Input className='contest-form__input contest-form__growth' type='number' value={form.growth} maxlength={5} onInput={(e) => set('growth', e.detail.value, 'growth')} />
          </Field>
          <Field name='points' label='每篇获奖得积分' error={errors.points}>
            <Input className='contest-form__input contest-form__points' type='number' value={form.points} maxlength={6} onInput={(e) => set('points', e.detail.value, 'points')} />
          </Field>
        </View>
        <Field name='maxWinners' label='获奖名额' error={errors.maxWinners} hint='获奖作品设为精选，作者得到上面的奖励'>
          <CountStepper block='contest-form' value={winners} min={1} max={MAX_WINNERS} unit='篇' onChange={(n) => set('maxWinners', String(n), 'maxWinners')} />
        </Field>
      </View>
      <FormActions block='contest-form' busy={saving} text={editor.contestId ? '保存修改' : '发布活动'} busyText='保存中…' onCancel={onCancel} onConfirm={editor.save} />
    </View>
  )
}
