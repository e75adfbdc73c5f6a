import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { CategoryView } from '@shared/api'
import type { DealForm, FormErrors } from './deal-form'
import { DateTimeField } from './date-time-field'
import { FormField } from './form-field'
import { DealPictures } from './deal-pictures'
import { MAX_DEAL_PICTURES, picturesOf } from './picture-list'
import { DeliveryFieldsView } from './delivery-fields'
import { CategoryChips } from './category-chips'

export interface DealFormViewProps {
  form: DealForm
  errors: FormErrors
  update: <K extends keyof DealForm>(key: K, value: DealForm[K]) => void
  /** The brand's 商品分类, in their order. */
  categories: CategoryView[]
}

export type TextKey = { [K in keyof DealForm]-?: DealForm[K] extends string ? K : never }[keyof DealForm]
export type SwitchKey = { [K in keyof DealForm]-?: DealForm[K] extends boolean ? K : never }[keyof DealForm]

/** Every field of a deal, grouped the way an operator thinks about it. */
export function DealFormView({ form, errors, update, categories }: DealFormViewProps) {
  const input = (key: TextKey, placeholder: string, type: 'text' | 'digit' | 'number' = 'text') => (
    <Input
      className={`deal-form__input deal-form__input--${key}`}
      type={type}
      value={form[key]}
      placeholder={placeholder}
      placeholderClass='deal-form__placeholder'
      onInput={(e) => update(key, e.detail.value)}
    />
  )
  const toggle = (key: SwitchKey) => (
    <Switch
      className={`deal-form__switch deal-form__switch--${key}`}
      checked={form[key]}
      color='#2f6b3f'
      onChange={(e) => update(key, Boolean(e.detail.value))}
    />
  )
  return (
    <View className='deal-form'>
      <Section title='商品信息'>
        <FormField name='title' label='活动标题' error={errors.title}>
          {input('title', '如：燕麦坚果脆')}
        </FormField>
        <FormField name='subtitle' label='副标题' error={errors.subtitle}>
          {input('subtitle', '一句话卖点，可不填')}
        </FormField>
        <FormField name='description' label='商品介绍' error={errors.description}>
          <Textarea
            className='deal-form__textarea'
            value={form.description}
            placeholder='配料、规格、口感、配送方式…'
            maxlength={1000}
            onInput={(e) => update('description', e.detail.value)}
          />
        </FormField>
        <FormField name='image' label='商品图片' hint={`最多 ${MAX_DEAL_PICTURES} 张，第一张是封面`} error={errors.image}>
          <DealPictures
            value={picturesOf(form)}
            onChange={(pictures) => {
              update('image', pictures[0] ?? '')
              update('images', pictures.slice(1))
            }}
          />
        </FormField>
        <FormField name='categoryId' label='商品分类' hint='顾客在首页按分类筛选；分类在「商品分类」里管理'>
          <CategoryChips categories={categories} value={form.categoryId} onChange={(id) => update('categoryId', id)} />
        </FormField>
        <FormField name='tags' label='标签' hint='用空格分开，最多 3 个' error={errors.tags}>
          {input('tags', '如：零食 高蛋白')}
        </FormField>
      </Section>
      <Section title='价格与库存'>
        <FormField name='groupPrice' label='拼团价（元）' error={errors.groupPrice}>
          {input('groupPrice', '如 19.9', 'digit')}
        </FormField>
        <FormField name='soloPrice' label='单买价（元）' hint='不填则不能单独购买' error={errors.soloPrice}>
          {input('soloPrice', '如 29.9', 'digit')}
        </FormField>
        <FormField name='stock' label='库存（份）' error={errors.stock}>
          {input('stock', '如 300', 'number')}
        </FormField>
        <FormField name='perUserLimit' label='每人限购（份）' error={errors.perUserLimit}>
          {input('perUserLimit', '如 5', 'number')}
        </FormField>
        <FormField name='stockShards' label='库存分片' hint='爆款抢购时把库存分到多份（1–64），总数不变；一般填 1' error={errors.stockShards}>
          {input('stockShards', '如 1', 'number')}
        </FormField>
      </Section>
      <Section title='成团规则'>
        <FormField name='groupSize' label='成团人数' hint='2–50 人' error={errors.groupSize}>
          {input('groupSize', '如 3', 'number')}
        </FormField>
        <FormField name='timeLimitHours' label='成团时限（小时）' hint='开团后多久内凑齐' error={errors.timeLimitHours}>
          {input('timeLimitHours', '如 24', 'number')}
        </FormField>
        <FormField name='autoComplete' label='成团保障' hint='开启后人数未满也照常发货，不退款'>
          {toggle('autoComplete')}
        </FormField>
      </Section>
      <Section title='活动时间'>
        <FormField name='startDate' label='开始' error={errors.startDate}>
          <DateTimeField
            date={form.startDate}
            time={form.startTime}
            onDate={(v) => update('startDate', v)}
            onTime={(v) => update('startTime', v)}
          />
        </FormField>
        <FormField name='endDate' label='结束' error={errors.endDate}>
          <DateTimeField date={form.endDate} time={form.endTime} onDate={(v) => update('endDate', v)} onTime={(v) => update('endTime', v)} />
        </FormField>
      </Section>
      <Section title='配送方式'>
        <DeliveryFieldsView form={form} errors={errors} update={update} input={input} toggle={toggle} />
      </Section>
      <Section title='分销'>
        <FormField name='commissionPercent' label='佣金比例（%）' hint='团长分享成交后所得，默认值在「分销 → 设置」' error={errors.commissionPercent}>
          {input('commissionPercent', '15', 'digit')}
        </FormField>
      </Section>
    </View>
  )
}

function Section({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <View className='deal-form__section'>
      <Text className='deal-form__section-title'>{title}</Text>
      {children}
    </View>
  )
}
