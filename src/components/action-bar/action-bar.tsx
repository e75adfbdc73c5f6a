import { Button, Text, View } from '@tarojs/components'
import type { Fen } from '@shared/domain/money'
import { formatYuan } from '@/utils/format'
import './action-bar.scss'

export interface ActionBarProps {
  groupPriceFen: Fen
  soloPriceFen: Fen | null
  groupSize: number
  /** Set when the deal cannot be bought now: what the buttons say instead. */
  blockedLabel?: string | null
  onSolo: () => void
  onStart: () => void
  onHome: () => void
}

/** The deal page's bottom bar: buy alone (when allowed) or start a group. */
export function ActionBar({ groupPriceFen, soloPriceFen, groupSize, blockedLabel, onSolo, onStart, onHome }: ActionBarProps) {
  const disabled = Boolean(blockedLabel)
  return (
    <View className={`action-bar ${disabled ? 'action-bar--off' : ''}`}>
      <View className='action-bar__home' onClick={onHome}>
        <View className='action-bar__home-icon' />
        <Text className='action-bar__home-label'>首页</Text>
      </View>
      {soloPriceFen !== null ? (
        <Button className='action-bar__btn action-bar__solo' disabled={disabled || undefined} onClick={onSolo}>
          <Text className='action-bar__price'>{formatYuan(soloPriceFen)}</Text>
          <Text className='action-bar__label'>单独购买</Text>
        </Button>
      ) : null}
      <Button className='action-bar__btn action-bar__start' disabled={disabled || undefined} onClick={onStart}>
        <Text className='action-bar__price'>{formatYuan(groupPriceFen)}</Text>
        <Text className='action-bar__label'>{blockedLabel || `发起拼团 · ${groupSize}人团`}</Text>
      </Button>
    </View>
  )
}
