import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AdminPickupPointView } from '@shared/api'
import type { Person } from './use-people'
import { FormActions } from '@/admin/components/form-actions'

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
        <FormActions block='staff-sheet' confirm='confirm' busy={busy} disabled={!openid} text='添加' busyText='添加中…' onCancel={onCancel} onConfirm={() => onAdd(openid)} />
      </View>
    </View>
  )
}
