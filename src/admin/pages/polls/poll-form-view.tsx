import { Input, Text, Textarea, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { FormField, type FormFieldProps } from '@/components/form-field'
import type { Tier } from '@shared/api'
import { OPTIONS_MAX, OPTIONS_MIN } from '@/admin/poll-form'
import { PollTimeField } from './poll-time-field'
import type { usePollForm } from './use-poll-form'
import { FormActions } from '@/admin/components/form-actions'
import { CountStepper } from '@/admin/components/count-stepper'

const TIERS: { tier: Tier; label: string }[] = [
  { tier: 'explorer', label: '所有人' },
  { tier: 'officer', label: '体验官及以上' },
  { tier: 'cocreator', label: '仅共创官' },
]

/** One labelled field of the form, with its hint or its validation message. */
const Field = (props: PropsWithChildren<Omit<FormFieldProps, 'block'>>) => <FormField block='poll-form' {...props} />

/** 新建投票: title, description, 2–10 options, max choices, who may vote, when. */
export function PollFormView({ editor, onCancel }: { editor: ReturnType<typeof usePollForm>; onCancel: () => void }) {
  const { form, errors, saving, set } = editor
  const max = Number(form.maxChoices) || 1
  return (
    <View className='poll-form'>
      <View className='poll-form__section'>
        <Field name='title' label='投票标题' error={errors.title}>
          <Input className='poll-form__input poll-form__title' value={form.title} maxlength={40} placeholder='如：12 月新品，你最想吃哪一款？' onInput={(e) => set('title', e.detail.value, 'title')} />
        </Field>
        <Field name='description' label='说明（选填）' error={errors.description}>
          <Textarea className='poll-form__textarea poll-form__description' value={form.description} maxlength={500} placeholder='介绍一下候选新品和投票规则' onInput={(e) => set('description', e.detail.value, 'description')} />
        </Field>
      </View>
      <View className='poll-form__section'>
        <Field name='options' label={`选项（${OPTIONS_MIN}–${OPTIONS_MAX} 个）`} error={errors.options}>
          {form.options.map((label, i) => (
            <View key={i} className='poll-form__option'>
              <Text className='poll-form__option-no'>{String.fromCharCode(65 + i)}</Text>
              <Input className='poll-form__input poll-form__option-input' value={label} maxlength={30} placeholder={`选项 ${i + 1}`} onInput={(e) => editor.setOption(i, e.detail.value)} />
              <Text className={`poll-form__option-remove ${form.options.length <= OPTIONS_MIN ? 'poll-form__option-remove--off' : ''}`} onClick={() => editor.removeOption(i)}>
                ×
              </Text>
            </View>
          ))}
          {form.options.length < OPTIONS_MAX ? (
            <Text className='poll-form__add' onClick={editor.addOption}>
              ＋ 添加选项
            </Text>
          ) : null}
        </Field>
        <Field name='maxChoices' label='每人最多可选' error={errors.maxChoices} hint={max > 1 ? `多选，最多选 ${max} 项` : '单选'}>
          <CountStepper block='poll-form' value={max} min={1} max={form.options.length} onChange={(n) => set('maxChoices', String(n), 'maxChoices')} />
        </Field>
        <Field name='minTier' label='谁可以投票'>
          <View className='poll-form__tiers'>
            {TIERS.map((t) => (
              <Text key={t.tier} className={`poll-form__tier ${form.minTier === t.tier ? 'poll-form__tier--on' : ''}`} data-tier={t.tier} onClick={() => set('minTier', t.tier)}>
                {t.label}
              </Text>
            ))}
          </View>
        </Field>
      </View>
      <View className='poll-form__section'>
        <Field name='openAt' label='开始时间' error={errors.openAt} hint='7 天内开始的投票会出现在社群的投票列表'>
          <PollTimeField name='open' date={form.openDate} time={form.openTime} onDate={(v) => set('openDate', v, 'openAt')} onTime={(v) => set('openTime', v, 'openAt')} />
        </Field>
        <Field name='closeAt' label='结束时间' error={errors.closeAt}>
          <PollTimeField name='close' date={form.closeDate} time={form.closeTime} onDate={(v) => set('closeDate', v, 'closeAt')} onTime={(v) => set('closeTime', v, 'closeAt')} />
        </Field>
      </View>
      <FormActions block='poll-form' busy={saving} text='发布投票' busyText='发布中…' onCancel={onCancel} onConfirm={editor.save} />
    </View>
  )
}
