import type { LeaderFunnelOutput, LeaderFunnelRow } from '@shared/api'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Chart } from '@/admin/components/chart'
import { funnelChart } from '@/admin/dashboard-charts'
import { figureText } from '@/admin/dashboard-figures'
import { toAppError } from '@/services/app-error'
import { leaderFunnel } from '@/services/admin-analytics'

const rate = (r: number | null) => figureText(r, 'ratio')

function LeaderRow({ row }: { row: LeaderFunnelRow }) {
  return (
    <View className='dash-leader' data-code={row.code}>
      <View className='dash-leader__head'>
        <Text className='dash-leader__name'>{row.name}</Text>
        <Text className='dash-leader__gmv'>{figureText(row.gmvFen, 'fen')}</Text>
      </View>
      <Text className='dash-leader__steps'>
        分享 {row.shares} → 到访 {row.visits}（{rate(row.visitRate)}）→ 绑定 {row.bindings}（{rate(row.bindRate)}）→ 下单 {row.orders}（{rate(row.orderRate)}）
      </Text>
      <Text className='dash-leader__meta'>
        新客 {row.newCustomers} · 佣金 {figureText(row.commissionFen, 'fen')}
      </Text>
    </View>
  )
}

/** The distribution funnel in total (columns) and per leader by GMV, a page at a time. */
export function LeaderFunnel({ first, from, to }: { first: LeaderFunnelOutput; from: string; to: string }) {
  const [rows, setRows] = useState(first.rows)
  const [cursor, setCursor] = useState(first.cursor)
  const [loading, setLoading] = useState(false)
  useEffect(() => {
    setRows(first.rows)
    setCursor(first.cursor)
  }, [first])
  const more = async () => {
    if (!cursor || loading) return
    setLoading(true)
    try {
      const page = await leaderFunnel({ from, to, cursor })
      setRows((r) => [...r, ...page.rows])
      setCursor(page.cursor)
    } catch (e) {
      Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      setLoading(false)
    }
  }
  return (
    <View className='dash-funnel'>
      <Chart id='dash-chart-funnel' spec={funnelChart(first.total)} />
      <View className='dash-funnel__total'>
        <LeaderRow row={first.total} />
      </View>
      {rows.map((row) => (
        <LeaderRow key={row.code} row={row} />
      ))}
      {!rows.length ? <Text className='dash-funnel__none'>这段时间还没有团长带来订单</Text> : null}
      {cursor ? (
        <Text className='dash-funnel__more' onClick={more}>
          {loading ? '加载中…' : '更多团长'}
        </Text>
      ) : null}
    </View>
  )
}
