import { Button, Input, Text, View } from '@tarojs/components'
import { AdminError } from '@/admin/components/admin-error'
import type { FulfilmentSettingsForm } from '@/admin/fulfilment-settings'
import type { useFulfilmentSettings } from './use-fulfilment-settings'

const FIELDS: { key: keyof FulfilmentSettingsForm; label: string; hint: string }[] = [
  { key: 'autoReceiveDays', label: '自动确认收货', hint: '快递发货后多少天，买家未确认也自动完成' },
  { key: 'afterSaleDays', label: '售后期', hint: '订单完成后多少天内可申请售后；期满后佣金才结算' },
]

/** 设置: when shipped orders complete by themselves, and how long after-sale stays open. */
export function FulfilmentSettingsPanel({ settings }: { settings: ReturnType<typeof useFulfilmentSettings> }) {
  const { state } = settings
  if (state.status === 'error') return <AdminError error={state.error} onRetry={settings.load} />
  if (state.status !== 'ready') return <View className='admin-card admin-card--skeleton skeleton-block' />
  return (
    <View className='fulfilment-settings'>
      <View className='admin-card'>
        {FIELDS.map((f) => (
          <View key={f.key} className={`fulfilment-settings__field fulfilment-settings__field--${f.key}`}>
            <View className='fulfilment-settings__row'>
              <Text className='fulfilment-settings__label'>{f.label}</Text>
              <Input
                className={`fulfilment-settings__input fulfilment-settings__input--${f.key}`}
                type='number'
                value={state.form[f.key]}
                onInput={(e) => settings.update(f.key, e.detail.value)}
              />
              <Text className='fulfilment-settings__unit'>天</Text>
            </View>
            <Text className={state.errors[f.key] ? 'fulfilment-settings__error' : 'fulfilment-settings__hint'}>{state.errors[f.key] ?? f.hint}</Text>
          </View>
        ))}
      </View>
      <Text className='fulfilment-settings__note'>修改只影响之后发货和完成的订单</Text>
      <Button className='fulfilment-settings__save' disabled={state.saving || undefined} onClick={settings.save}>
        {state.saving ? '保存中…' : '保存设置'}
      </Button>
    </View>
  )
}
