import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { AdminList } from '@/admin/components/admin-list'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { FilterChips } from '@/admin/components/filter-chips'
import { AFTER_SALE_FILTERS } from '@/admin/after-sale-labels'
import { AfterSaleCard } from './after-sale-card'
import { AfterSaleReviewSheet } from './review-sheet'
import { RefundAttention } from './refund-attention'
import { useAfterSales } from './use-after-sales'
import '@/admin/components/admin-card.scss'
import './index.scss'

/** 售后: requests to refund (仅退款 / 退货退款) reviewed one by one. */
export default function AdminAfterSalesPage() {
  const sales = useAfterSales()
  usePullDownRefresh(async () => {
    const error = await sales.list.reload(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    sales.list.loadMore()
  })
  return (
    <PageShell className='admin-after-sales'>
      <AdminPageHead title='售后处理' note='同意后原路退款，佣金和奖励随之撤回' />
      <RefundAttention />
      <FilterChips options={AFTER_SALE_FILTERS} value={sales.filter} onChange={sales.changeFilter} />
      <AdminList
        list={sales.list}
        empty={{ title: sales.filter === 'open' ? '没有待处理的售后' : '没有这样的售后', message: '买家在售后期内申请退款时会出现在这里' }}
        row={(a) => <AfterSaleCard key={a.afterSaleId} afterSale={a} onReview={sales.open} />}
      />
      <AfterSaleReviewSheet sales={sales} />
    </PageShell>
  )
}
