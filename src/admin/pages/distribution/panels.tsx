import type { AdminDistributorView, AdminWithdrawalView, DistributorApplicationView } from '@shared/api'
import { AdminList } from '@/admin/components/admin-list'
import { FilterChips } from '@/admin/components/filter-chips'
import { applicationChip, WITHDRAWAL_FILTERS, withdrawalFilterLabel } from '@/admin/distribution-labels'
import { ApplicationCard } from './application-card'
import { DistributorCard } from './distributor-card'
import type { useAdminWithdrawals } from './use-admin-withdrawals'
import type { useApplications } from './use-applications'
import type { useDistributors } from './use-distributors'
import { WithdrawalCard } from './withdrawal-card'

const APPLICATION_FILTERS = (['pending', 'approved', 'rejected', undefined] as const).map((value) => ({
  value,
  label: value ? applicationChip(value).label : '全部',
}))

const WITHDRAWAL_OPTIONS = WITHDRAWAL_FILTERS.map((value) => ({ value, label: withdrawalFilterLabel(value) }))

export function ApplicationsPanel({ apps, onReview }: { apps: ReturnType<typeof useApplications>; onReview: (a: DistributorApplicationView, approve: boolean) => void }) {
  return (
    <>
      <FilterChips options={APPLICATION_FILTERS} value={apps.filter} onChange={apps.changeFilter} />
      <AdminList
        list={apps.list}
        empty={{ title: apps.filter === 'pending' ? '没有待审核的申请' : '没有这样的申请', message: '有人申请成为团长时会出现在这里' }}
        row={(a) => <ApplicationCard key={a.openid} application={a} onReview={onReview} />}
      />
    </>
  )
}

export function DistributorsPanel({ distributors }: { distributors: ReturnType<typeof useDistributors> }) {
  return (
    <AdminList
      list={distributors.list}
      empty={{ title: '还没有团长', message: '共创官和通过申请的用户会出现在这里' }}
      row={(d: AdminDistributorView) => <DistributorCard key={d.openid} distributor={d} onToggle={distributors.toggle} />}
    />
  )
}

export function WithdrawalsPanel({ withdrawals, onReview }: { withdrawals: ReturnType<typeof useAdminWithdrawals>; onReview: (w: AdminWithdrawalView, approve: boolean) => void }) {
  return (
    <>
      <FilterChips options={WITHDRAWAL_OPTIONS} value={withdrawals.filter} onChange={withdrawals.changeFilter} />
      <AdminList
        list={withdrawals.list}
        empty={{ title: withdrawals.filter === 'pending_review' ? '没有待审核的提现' : '没有这样的提现' }}
        row={(w) => <WithdrawalCard key={w.withdrawalId} withdrawal={w} onReview={onReview} />}
      />
    </>
  )
}
