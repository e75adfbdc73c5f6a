import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AdminPickupPointView } from '@shared/api'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { PointCard } from './point-card'
import { PointFormView } from './point-form-view'
import { StaffSheet } from './staff-sheet'
import { usePeople } from './use-people'
import { usePickupPoints } from './use-pickup-points'
import '@/admin/components/admin-card.scss'
import './index.scss'

/** 自提点: the places where leaders and partner shops hand over pickup orders, and their staff. */
export default function AdminPickupPointsPage() {
  const p = usePickupPoints()
  const { state, reload } = p.points
  useRefreshOnShow(reload)
  const people = usePeople(state.status === 'ready')
  const [staffFor, setStaffFor] = useState<AdminPickupPointView | null>(null)

  const nameOf = (openid: string) => people.people.find((x) => x.openid === openid)?.nickname ?? ''
  const removeStaff = async (point: AdminPickupPointView, openid: string, nickname: string) => {
    const { confirm } = await Taro.showModal({ title: '移除店员', content: `移除后「${nickname || '微信用户'}」不能再核销「${point.name}」的取货码` })
    if (confirm) p.setStaff(point.pointId, openid, true)
  }

  if (p.form) {
    return (
      <PageShell className='admin-points'>
        <PointFormView form={p.form} errors={p.errors} leaders={people.leaders} busy={p.busy} onChange={p.change} onSave={p.save} onCancel={p.cancel} />
      </PageShell>
    )
  }
  return (
    <PageShell className='admin-points'>
      <AdminPageHead title='自提点' note='团长和合作门店的取货点、核销店员' />
      <Button className='admin-points__new' onClick={() => p.edit()}>
        ＋ 新建自提点
      </Button>
      {state.status === 'loading' ? <View className='admin-card admin-card--skeleton skeleton-block' /> : null}
      {state.status === 'error' ? <AdminError error={state.error} onRetry={() => reload()} /> : null}
      {state.status === 'ready' && !state.data.length ? (
        <StatusView kind='empty' title='还没有自提点' message='新建一个团长或合作门店的自提点，买家下单时就能选择团长自提' />
      ) : null}
      {state.status === 'ready'
        ? state.data.map((point) => (
            <PointCard
              key={point.pointId}
              point={point}
              ownerName={nameOf(point.ownerOpenid)}
              onEdit={p.edit}
              onAddStaff={setStaffFor}
              onRemoveStaff={removeStaff}
            />
          ))
        : null}
      {staffFor ? (
        <StaffSheet
          point={staffFor}
          people={people.people}
          busy={p.busy}
          onAdd={async (openid) => {
            if (await p.setStaff(staffFor.pointId, openid, false)) setStaffFor(null)
          }}
          onCancel={() => setStaffFor(null)}
        />
      ) : null}
    </PageShell>
  )
}
