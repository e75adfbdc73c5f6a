import { Button, Input, Picker, Switch, Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { DateTimeField } from '@/admin/pages/deal-edit/date-time-field'
import { StatusView } from '@/components/status-view'
import { openDeal } from '@/routes'
import { formatYuan } from '@/utils/format'
import { useLaunch } from './use-launch'
import type { ConsoleRun } from './use-project-console'

/** 上市: pick a deal (new ones are made in 拼团活动), optionally as a pre-sale; once launched, the deal and its sales. */
export function LaunchPanel({ project, busy, run }: { project: ProjectDetail; busy: string | null; run: ConsoleRun }) {
  const { deals, form, set, submit } = useLaunch(project, run)
  if (project.launchedDealId) {
    return (
      <View className='console-list'>
        <View className='admin-card launch-done'>
          <Text className='launch-done__title'>已上市</Text>
          {project.sales ? (
            <Text className='admin-card__meta'>
              有效销量 {project.sales.units} 件 · 销售额 {formatYuan(project.sales.gmvFen)} · 已跨过 {project.sales.crossed.length}/{project.rewardPlan.thresholds.length} 个门槛
            </Text>
          ) : null}
          <Button className='admin-card__btn launch-done__deal' onClick={() => openDeal(project.launchedDealId as string)}>
            查看商品页
          </Button>
        </View>
      </View>
    )
  }
  if (project.phase !== 'proposals' && project.phase !== 'trial') return <StatusView kind='empty' title='方案共创或内测阶段可上市' message='推进到「方案共创」或「内测」，再关联拼团活动上市（新的拼团活动在「品牌管理 → 拼团活动」里创建）' />
  const picked = deals.findIndex((d) => d.dealId === form.dealId)
  return (
    <View className='console-list'>
      <View className='admin-card launch-form'>
        <Text className='launch-form__label'>上市的拼团活动</Text>
        <Picker mode='selector' range={deals.map((d) => `${d.title} · ${formatYuan(d.groupPriceFen)}`)} value={Math.max(0, picked)} onChange={(e) => set('dealId', deals[Number(e.detail.value)]?.dealId ?? '')}>
          <Text className={`launch-form__deal ${picked < 0 ? 'launch-form__deal--empty' : ''}`}>{picked >= 0 ? deals[picked].title : deals.length ? '选择拼团活动' : '还没有拼团活动，先去「拼团活动」新建'}</Text>
        </Picker>
        <View className='launch-form__switch'>
          <View className='launch-form__switch-text'>
            <Text className='launch-form__label'>C2M 预售</Text>
            <Text className='admin-card__meta'>先有订单，再生产：截止时预订数达标则全部生效，否则逐单退款</Text>
          </View>
          <Switch className='launch-form__presale' checked={form.presale} color='#2f6b3f' onChange={(e) => set('presale', e.detail.value)} />
        </View>
        {form.presale ? (
          <View className='launch-form__presale-fields'>
            <Text className='launch-form__label'>预售截止（北京时间）</Text>
            <DateTimeField date={form.endDate} time={form.endTime} onDate={(v) => set('endDate', v)} onTime={(v) => set('endTime', v)} />
            <Text className='launch-form__label'>最低预订数量（件）</Text>
            <Input className='launch-form__presale-min' type='number' value={form.minQuantity} maxlength={7} onInput={(e) => set('minQuantity', e.detail.value)} />
          </View>
        ) : null}
        <Button className='launch-form__submit' disabled={Boolean(busy) || undefined} onClick={submit}>
          {busy === 'launch' ? '处理中…' : '确认上市'}
        </Button>
      </View>
    </View>
  )
}
