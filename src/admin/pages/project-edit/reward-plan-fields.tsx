import { Input, Text, View } from '@tarojs/components'
import type { ProjectForm } from '@/admin/project-form'
import { CONTRIBUTION_KIND_LABELS, CONTRIBUTION_KINDS, emptyThreshold, type ThresholdRow } from '@/admin/reward-plan-form'
import { Field, Section } from './field'

export interface RewardPlanFieldsProps {
  form: ProjectForm
  errors: Record<string, string>
  update: (change: (f: ProjectForm) => ProjectForm, ...clear: string[]) => void
}

const METRICS: { value: ThresholdRow['metric']; label: string }[] = [
  { value: 'units', label: '按销量（件）' },
  { value: 'gmv', label: '按销售额（元）' },
]

/** 奖励方案: sales thresholds of the launched deal (each a cash pool and points) and a weight per contribution kind. */
export function RewardPlanFields({ form, errors, update }: RewardPlanFieldsProps) {
  const setRow = (i: number, change: Partial<ThresholdRow>) =>
    update((f) => ({ ...f, thresholds: f.thresholds.map((r, j) => (j === i ? { ...r, ...change } : r)) }), `threshold-${i}`, 'thresholds')
  // All thresholds share one metric: units, or GMV.
  const metric = form.thresholds[0]?.metric ?? 'units'
  const setMetric = (m: ThresholdRow['metric']) => update((f) => ({ ...f, thresholds: f.thresholds.map((r) => ({ ...r, metric: m })) }), 'thresholds')
  return (
    <Section title='奖励方案' note='上市后有效销量每跨过一个门槛，奖金池和积分按贡献权重分给贡献者，每个门槛只发一次'>
      <Field name='thresholds' label='按什么计算门槛' error={errors.thresholds} hint='上市商品的有效销量；各门槛从低到高'>
        <View className='threshold__metrics'>
          {METRICS.map((m) => (
            <Text key={m.value} className={`threshold__metric ${metric === m.value ? 'threshold__metric--on' : ''}`} data-value={m.value} onClick={() => setMetric(m.value)}>
              {m.label}
            </Text>
          ))}
        </View>
      </Field>
      {form.thresholds.map((row, i) => (
        <Field key={i} name={`threshold-${i}`} label={`门槛 ${i + 1}`} error={errors[`threshold-${i}`]}>
          <View className='threshold'>
            <Text className='threshold__remove' onClick={() => update((f) => ({ ...f, thresholds: f.thresholds.filter((_, j) => j !== i) }), `threshold-${i}`, 'thresholds')}>
              删除
            </Text>
            <View className='threshold__row'>
              <Text className='threshold__label'>达到</Text>
              <Input className='project-form__input threshold__at-least' type='digit' value={row.atLeast} placeholder={metric === 'gmv' ? '如 50000' : '如 500'} onInput={(e) => setRow(i, { atLeast: e.detail.value })} />
              <Text className='threshold__unit'>{metric === 'gmv' ? '元' : '件'}</Text>
            </View>
            <View className='threshold__row'>
              <Text className='threshold__label'>奖金池</Text>
              <Input className='project-form__input threshold__pool' type='digit' value={row.poolYuan} placeholder='如 3000' onInput={(e) => setRow(i, { poolYuan: e.detail.value })} />
              <Text className='threshold__unit'>元</Text>
            </View>
            <View className='threshold__row'>
              <Text className='threshold__label'>积分</Text>
              <Input className='project-form__input threshold__points' type='number' value={row.points} placeholder='0' onInput={(e) => setRow(i, { points: e.detail.value })} />
              <Text className='threshold__unit'>分</Text>
            </View>
          </View>
        </Field>
      ))}
      <Text className='project-form__add-threshold' onClick={() => update((f) => ({ ...f, thresholds: [...f.thresholds, emptyThreshold(metric)] }))}>
        ＋ 添加门槛
      </Text>
      <Field name='weights' label='贡献权重' error={errors.weights} hint='每位贡献者的份额 = 其贡献权重之和 ÷ 全体之和；0 表示这类贡献不参与分配'>
        <View className='weights'>
          {CONTRIBUTION_KINDS.map((kind) => (
            <View key={kind} className={`weights__row weights__row--${kind}`}>
              <Text className='weights__label'>{CONTRIBUTION_KIND_LABELS[kind]}</Text>
              <Input className='project-form__input weights__input' type='number' value={form.weights[kind]} onInput={(e) => update((f) => ({ ...f, weights: { ...f.weights, [kind]: e.detail.value } }), 'weights')} />
            </View>
          ))}
        </View>
      </Field>
    </Section>
  )
}
