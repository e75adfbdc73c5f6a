import { Button, Text, View } from '@tarojs/components'
import type { GroupView } from '@shared/api'
import { formatYuan } from '@/utils/format'
import { groupPrimaryAction } from '@/utils/group-status'
import './group-actions.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

export interface GroupActionsProps {
  group: GroupView
  busy: boolean
  onJoin: () => void
  onPay: () => void
  /** h5: show the link to send (in WeChat the button opens the share panel itself). */
  onInvite: () => void
  onAgain: () => void
  onPoster: () => void
  onOrders: () => void
}

/** The group page's main button, chosen by the group's state and the caller's seat. */
export function GroupActions({ group, busy, onJoin, onPay, onInvite, onAgain, onPoster, onOrders }: GroupActionsProps) {
  const action = groupPrimaryAction(group)
  const price = formatYuan(group.deal.groupPriceFen)
  return (
    <View className='group-actions'>
      {action.kind === 'join' ? (
        <Button className='group-actions__primary group-actions__primary--join' disabled={busy || undefined} onClick={onJoin}>
          参与拼团 {price}
        </Button>
      ) : null}
      {action.kind === 'pay' ? (
        <Button className='group-actions__primary group-actions__primary--pay' disabled={busy || undefined} onClick={onPay}>
          去支付 {formatYuan(group.myOrder?.amountFen ?? group.deal.groupPriceFen)}
        </Button>
      ) : null}
      {action.kind === 'invite' ? (
        <Button
          className='group-actions__primary group-actions__primary--invite'
          openType={IS_H5 ? undefined : 'share'}
          onClick={IS_H5 ? onInvite : undefined}
        >
          邀请好友参团
        </Button>
      ) : null}
      {action.kind === 'again' || action.kind === 'blocked' ? (
        <Button className={`group-actions__primary group-actions__primary--${action.kind}`} onClick={onAgain}>
          {action.kind === 'blocked' ? '去看看其他团' : group.myOrder?.status === 'cancelled' ? '重新开团' : '再开一团'}
        </Button>
      ) : null}
      {action.kind === 'blocked' ? (
        <Text className='group-actions__reason'>{action.reason}</Text>
      ) : null}
      {group.status === 'open' ? (
        <Text className='group-actions__link group-actions__poster' onClick={onPoster}>
          生成分享海报
        </Text>
      ) : null}
      {group.myOrder && action.kind === 'again' ? (
        <Text className='group-actions__link group-actions__orders' onClick={onOrders}>
          查看我的订单
        </Text>
      ) : null}
    </View>
  )
}
