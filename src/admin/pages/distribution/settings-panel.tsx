import { Button, Input, Text, View } from '@tarojs/components'
import type { SettingsErrors, SettingsForm } from '@/admin/distribution-settings'

export interface SettingsPanelProps {
  form: SettingsForm
  errors: SettingsErrors
  saving: boolean
  onChange: (key: keyof SettingsForm, value: string) => void
  onSave: () => void
}

const FIELDS: { key: keyof SettingsForm; label: string; unit: string; hint: string; type: 'digit' | 'number' }[] = [
  { key: 'ratePercent', label: '默认佣金比例', unit: '%', hint: '新建拼团活动时的默认比例，每个活动可单独修改', type: 'digit' },
  { key: 'bindingDays', label: '客户绑定天数', unit: '天', hint: '好友打开名片后，多少天内下单算这位团长的', type: 'number' },
  { key: 'minWithdrawYuan', label: '最低提现金额', unit: '元', hint: '单次提现不少于此金额（微信要求至少 0.3 元）', type: 'digit' },
  { key: 'maxWithdrawalsPerDay', label: '每天提现次数', unit: '次', hint: '每位团长每天最多提交的提现申请', type: 'number' },
]

/** 设置: the distribution rules in one form. */
export function SettingsPanel({ form, errors, saving, onChange, onSave }: SettingsPanelProps) {
  return (
    <View className='distribution-settings'>
      <View className='admin-card distribution-settings__card'>
        {FIELDS.map((f) => (
          <View key={f.key} className={`distribution-settings__field distribution-settings__field--${f.key} ${errors[f.key] ? 'distribution-settings__field--invalid' : ''}`}>
            <View className='distribution-settings__row'>
              <Text className='distribution-settings__label'>{f.label}</Text>
              <Input
                className={`distribution-settings__input distribution-settings__input--${f.key}`}
                type={f.type}
                value={form[f.key]}
                onInput={(e) => onChange(f.key, e.detail.value)}
              />
              <Text className='distribution-settings__unit'>{f.unit}</Text>
            </View>
            <Text className={errors[f.key] ? 'distribution-settings__error' : 'distribution-settings__hint'}>{errors[f.key] ?? f.hint}</Text>
          </View>
        ))}
      </View>
      <Text className='distribution-settings__note'>修改只影响之后的绑定、订单和提现，已产生的佣金不变。佣金在订单完成且售后期结束后结算，售后期在「发货管理 → 设置」</Text>
      <Button className='distribution-settings__save' disabled={saving || undefined} onClick={onSave}>
        {saving ? '保存中…' : '保存设置'}
      </Button>
    </View>
  )
}
