import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { ProjectPhase, ProjectRules } from '@shared/api'
import { PHASE_LABELS, PHASES } from '@shared/domain/cocreation'
import { CoverField } from './cover-field'
import { Field, Section } from './field'
import { PollField } from './poll-field'
import { RewardPlanFields, type RewardPlanFieldsProps } from './reward-plan-fields'

const RULES: { key: keyof ProjectRules; label: string; placeholder: string }[] = [
  { key: 'scope', label: '征集范围', placeholder: '如：一款 300 大卡以内的即食能量早餐碗，配方、包装、文案都欢迎' },
  { key: 'ownership', label: '成果归属', placeholder: '如：被采纳的方案由原野生活用于产品开发，作者保留署名' },
  { key: 'credit', label: '署名方式', placeholder: '如：产品包装与详情页列出全部共创官昵称，贡献墙展示每条贡献' },
  { key: 'rewards', label: '奖励说明', placeholder: '如：销量达 500 件，¥3000.00 按贡献权重分给全体贡献者' },
]

/** The editor's sections: the project, its rules (规则先行), the timeline, co-creators and the reward plan. */
export function ProjectFormView({ form, errors, update, editing }: RewardPlanFieldsProps & { editing: boolean }) {
  const setText = (key: 'title' | 'question') => (e: { detail: { value: string } }) => update((f) => ({ ...f, [key]: e.detail.value }), key)
  const setRule = (key: keyof ProjectRules, value: string) => update((f) => ({ ...f, rules: { ...f.rules, [key]: value } }), key)
  const setDate = (phase: ProjectPhase, value: string) => update((f) => ({ ...f, dates: { ...f.dates, [phase]: value } }), phase)
  return (
    <View className='project-form'>
      <Section title='计划'>
        <Field name='title' label='标题' error={errors.title}>
          <Input className='project-form__input project-form__title' value={form.title} maxlength={40} placeholder='如：晨光能量碗' onInput={setText('title')} />
        </Field>
        <Field name='question' label='要回答的问题' error={errors.question}>
          <Input className='project-form__input project-form__question' value={form.question} maxlength={80} placeholder='如：你理想中的能量早餐' onInput={setText('question')} />
        </Field>
        <Field name='cover' label='封面' error={errors.cover}>
          <CoverField value={form.cover} onChange={(cover) => update((f) => ({ ...f, cover }), 'cover')} />
        </Field>
      </Section>
      <Section title='规则' note={editing ? '规则一经修改即生成新版本：已参与的会员需重新同意后才能继续贡献' : '会员参与前先阅读并同意这些规则；之后修改会生成新版本，需要大家重新同意'}>
        {RULES.map((r) => (
          <Field key={r.key} name={r.key} label={r.label} error={errors[r.key]}>
            <Textarea className={`project-form__textarea project-form__rule-${r.key}`} value={form.rules[r.key]} maxlength={2000} placeholder={r.placeholder} onInput={(e) => setRule(r.key, e.detail.value)} />
          </Field>
        ))}
      </Section>
      <Section title='时间线' note='各阶段的计划开始日期（北京时间）；实际阶段由你在运营页推进'>
        {PHASES.map((phase, i) => (
          <Field key={phase} name={phase} label={`${i + 1}. ${PHASE_LABELS[phase]}`} error={errors[phase]}>
            <Picker mode='date' value={form.dates[phase]} onChange={(e) => setDate(phase, String(e.detail.value))}>
              <Text className={`project-form__picker project-form__date project-form__date--${phase}`}>{form.dates[phase] || '选择日期'}</Text>
            </Picker>
          </Field>
        ))}
      </Section>
      <Section title='共创官与投票'>
        <Field name='maxCoCreators' label='产品共创官名额' error={errors.maxCoCreators} hint='从报名的体验官中选出，入选者自动成为共创官'>
          <Input className='project-form__input project-form__max' type='number' value={form.maxCoCreators} maxlength={2} onInput={(e) => update((f) => ({ ...f, maxCoCreators: e.detail.value }), 'maxCoCreators')} />
        </Field>
        <Field name='poll' label='关联投票（选填）' hint='如包装投票：会员在计划页可直接去投票'>
          <PollField value={form.pollId} onChange={(pollId) => update((f) => ({ ...f, pollId }))} />
        </Field>
      </Section>
      <RewardPlanFields form={form} errors={errors} update={update} />
    </View>
  )
}
