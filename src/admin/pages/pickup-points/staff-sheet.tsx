import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AdminPickupPointView } from '@shared/api'
import type { Person } from './use-people'

export interface StaffSheetProps {
  point: AdminPickupPointView
  people: Person[]
  busy: boolean
  onAdd: (openid: string) => void
  onCancel: () => void
}

/** 添加店员: pick a leader or co-creator, or type any member's openid. */
export function StaffSheet({ point, people, busy, onAdd, onCancel }: StaffSheetProps) {
  const [openid, setOpenid] = useState('')
  const candidates = people.filter((p) => p.openid !== point.ownerOpenid && !point.staff.some((s) => s.openid === p.openid))
  return (
    <View className='staff-sheet' catchMove>
      <View className='staff-sheet__mask' onClick={busy ? undefined : onCancel} />
      <View className='staff-sheet__panel'>
        <Text className='staff-sheet__title'>给「{point.name}」添加核销店员</Text>
        <Text className='staff-sheet__note'>店员可在「我的 → 自提点核销」扫码或输入取货码交付订单</Text>
        <View className='staff-sheet__people'>
          {candidates.map((p) => (
            <View
              key={p.openid}
              className={`staff-sheet__person ${openid === p.openid ? 'staff-sheet__person--on' : ''}`}
              data-openid={p.openid}
              onClick={() => setOpenid(p.openid)}
            >
              <Text className='staff-sheet__name'>{p.nickname}</Text>
              <Text className='staff-sheet__tag'>{p.note}</Text>
            </View>
          ))}
        </View>
        <Text className='staff-sheet__label'>或输入成员的 openid</Text>
        <Input
          className='staff-sheet__openid'
          value={openid}
          placeholder='如 demo-shopper'
          placeholderClass='staff-sheet__placeholder'
          onInput={(e) => setOpenid(e.detail.value.trim())}
        />
        <View className='staff-sheet__actions'>
          <Button className='staff-sheet__cancel' disabled={busy || undefined} onClick={onCancel}>
            取消
          </Button>
          <Button className='staff-sheet__confirm' disabled={busy || !openid || undefined} onClick={() => onAdd(openid)}>
            {busy ? '添加中…' : '添加'}
          </Button>
        </View>
      </View>
    </View>
  )
}
