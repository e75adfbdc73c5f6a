import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import {
  openAddresses,
  openAdminContests,
  openContests,
  openAdminDashboard,
  openAdminDeals,
  openAdminDistribution,
  openAdminMembers,
  openAdminPolls,
  openAdminPosts,
  openGrowth,
  openLeader,
  openLeaderApply,
  openMyPosts,
  openMyCoCreation,
  openPolls,
} from '@/routes'
import { openEvents, openVouchers } from '@/routes'
import { openAdminRewards, openCoupons, openRewards } from '@/routes'
import { me } from '@/services/member'
import { useRunsPickupPoint } from '@/hooks/use-runs-pickup-point'
import { useServesPartner } from '@/hooks/use-serves-partner'
import { openAdminEvents, openAdminPartners, openPartnerConsole } from '@/routes'
import { openAdminAfterSales, openAdminPickupPoints, openAdminProjects, openAdminShipping, openPickupVerify } from '@/routes'
import { CheckInStrip } from './check-in-strip'
import { MeEntries, type MeEntry } from './me-entries'
import { MeHeader } from './me-header'
import { OrderShortcuts } from './order-shortcuts'
import './index.scss'

/** The caller's own profile and entries; refreshed quietly whenever the tab comes back. */
export default function MePage() {
  const { state, reload } = useReloadable(me)
  useRefreshOnShow(reload)
  const runsPoint = useRunsPickupPoint()
  const servesPartner = useServesPartner()

  if (state.status === 'loading') {
    return (
      <PageShell className='me-page'>
        <View className='me-skeleton skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='me-page'>
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      </PageShell>
    )
  }

  const entries: MeEntry[] = [
    { key: 'addresses', title: '收货地址', note: '快递到家 · 默认地址', onOpen: openAddresses },
    { key: 'posts', title: '我的晒单', note: '晒单 · 审核进度', onOpen: openMyPosts },
    { key: 'rewards', title: '积分商城', note: '积分兑优惠券 · 免费试吃', onOpen: openRewards },
    { key: 'coupons', title: '我的优惠券', note: '下单时自动选最划算的一张', onOpen: openCoupons },
    { key: 'vouchers', title: '我的卡券', note: '合作门店权益 · 到店核销', onOpen: openVouchers },
    state.data.isDistributor
      ? { key: 'leader', title: '团长中心', note: '分销码 · 佣金 · 提现', onOpen: openLeader }
      : { key: 'apply', title: '申请成为团长', note: '分享好物赚 15% 佣金', onOpen: openLeaderApply },
    { key: 'growth', title: '成长记录', note: '成长值 · 积分明细', onOpen: openGrowth },
    { key: 'polls', title: '投票', note: '一起决定下一款新品', onOpen: openPolls },
    { key: 'cocreation', title: '我的共创', note: '贡献 · 共创奖励', onOpen: openMyCoCreation },
    { key: 'contests', title: '征集活动', note: '晒单赢成长值和积分', onOpen: openContests },
    { key: 'events', title: '线下活动', note: '报名 · 凭票码签到', onOpen: openEvents },
  ]
  if (runsPoint) entries.push({ key: 'pickup-verify', title: '自提点核销', note: '扫码 · 取货码交付', onOpen: openPickupVerify })
  if (servesPartner) entries.push({ key: 'partner-console', title: '合作伙伴工作台', note: '卡券核销 · 活动签到', onOpen: openPartnerConsole })
  if (state.data.isAdmin) {
    entries.push(
      { key: 'admin-dashboard', title: '数据看板', note: '销售 · 拼团 · 团长漏斗 · 社区', onOpen: openAdminDashboard },
      { key: 'admin', title: '品牌管理', note: '拼团活动 · 上下架', onOpen: openAdminDeals },
      { key: 'admin-shipping', title: '发货管理', note: '快递发货 · 自提到货', onOpen: openAdminShipping },
      { key: 'admin-points', title: '自提点', note: '团长 · 合作门店 · 店员', onOpen: openAdminPickupPoints },
      { key: 'admin-rewards', title: '积分商城', note: '兑换品 · 库存 · 上下架', onOpen: openAdminRewards },
      { key: 'admin-partners', title: '合作伙伴', note: '店员邀请 · 买就送权益', onOpen: openAdminPartners },
      { key: 'admin-events', title: '线下活动', note: '发起 · 报名 · 签到', onOpen: openAdminEvents },
      { key: 'admin-after-sales', title: '售后处理', note: '退款 · 退货审核', onOpen: openAdminAfterSales },
      { key: 'distribution', title: '分销管理', note: '团长 · 提现审核 · 设置', onOpen: openAdminDistribution },
      { key: 'members', title: '会员管理', note: '共创官审核 · 成长设置', onOpen: openAdminMembers },
      { key: 'admin-polls', title: '投票管理', note: '发起 · 结束 · 采纳', onOpen: openAdminPolls },
      { key: 'admin-posts', title: '内容审核', note: '审核 · 隐藏 · 精选', onOpen: openAdminPosts },
      { key: 'admin-contests', title: '活动管理', note: '征集活动 · 发起 · 评选', onOpen: openAdminContests },
      { key: 'admin-projects', title: '共创计划', note: '征集 · 招募 · 内测 · 上市 · 奖励', onOpen: openAdminProjects },
    )
  }
  return (
    <PageShell className='me-page'>
      <MeHeader me={state.data} />
      <CheckInStrip me={state.data} />
      <OrderShortcuts />
      <MeEntries entries={entries} />
    </PageShell>
  )
}
