import { Button, Input, Text, View } from '@tarojs/components'
import { AdminError } from '@/admin/components/admin-error'
import { REWARD_DAYS_MAX } from '@/admin/member-settings'
import type { useMemberSettings } from './use-member-settings'

/** 成长设置: the 体验官 threshold and the check-in reward rows (add, remove, edit), saved together. */
export function SettingsPanel({ settings }: { settings: ReturnType<typeof useMemberSettings> }) {
  const { state } = settings
  if (state.status === 'error') return <AdminError error={state.error} onRetry={settings.load} />
  if (state.status !== 'ready') return <View className='co-card co-card--skeleton skeleton-block' />
  const { form, errors, saving } = state
  return (
    <View className='growth-settings'>
      <View className='growth-settings__card'>
        <Text className='growth-settings__title'>体验官门槛</Text>
        <View className={`growth-settings__row ${errors.officerThreshold ? 'growth-settings__row--invalid' : ''}`}>
          <Text className='growth-settings__label'>成长值达到</Text>
          <Input className='growth-settings__input growth-settings__threshold' type='number' value={form.officerThreshold} onInput={(e) => settings.setThreshold(e.detail.value)} />
          <Text className='growth-settings__unit'>自动升级</Text>
        </View>
        <Text className={errors.officerThreshold ? 'growth-settings__error' : 'growth-settings__hint'}>
          {errors.officerThreshold ?? '探索者成长值达到门槛即自动成为体验官；已升级的成员不受影响'}
        </Text>
      </View>
      <View className='growth-settings__card'>
        <View className='growth-settings__title-row'>
          <Text className='growth-settings__title'>签到奖励</Text>
          <Text className='growth-settings__hint'>{form.rewards.length} 天一轮，循环发放</Text>
        </View>
        <View className='growth-settings__table-head'>
          <Text className='growth-settings__col-day'>天</Text>
          <Text className='growth-settings__col'>成长值</Text>
          <Text className='growth-settings__col'>积分</Text>
          <Text className='growth-settings__col-remove' />
        </View>
        {form.rewards.map((r, i) => (
          <View key={i} className={`growth-settings__reward ${errors.rewards?.[i] ? 'growth-settings__reward--invalid' : ''}`} data-day={i + 1}>
            <Text className='growth-settings__col-day'>第 {i + 1} 天</Text>
            <Input className='growth-settings__input growth-settings__col growth-settings__growth' type='number' value={r.growth} onInput={(e) => settings.setReward(i, 'growth', e.detail.value)} />
            <Input className='growth-settings__input growth-settings__col growth-settings__points' type='number' value={r.points} onInput={(e) => settings.setReward(i, 'points', e.detail.value)} />
            <Text className={`growth-settings__col-remove growth-settings__remove ${form.rewards.length <= 1 ? 'growth-settings__remove--off' : ''}`} onClick={() => settings.removeDay(i)}>
              ×
            </Text>
          </View>
        ))}
        {errors.rewards ? <Text className='growth-settings__error'>{Object.values(errors.rewards)[0]}</Text> : null}
        {errors.table ? <Text className='growth-settings__error'>{errors.table}</Text> : null}
        {form.rewards.length < REWARD_DAYS_MAX ? (
          <Text className='growth-settings__add' onClick={settings.addDay}>
            ＋ 添加一天
          </Text>
        ) : null}
      </View>
      <Text className='growth-settings__note'>修改从下一次签到起生效，已发放的奖励不变</Text>
      <Button className='growth-settings__save' disabled={saving || undefined} onClick={settings.save}>
        {saving ? '保存中…' : '保存设置'}
      </Button>
    </View>
  )
}
