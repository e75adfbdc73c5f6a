import Taro from '@tarojs/taro'
import {
  adminDealEditPath,
  adminDealGroupsPath,
  adminDealsPath,
  adminCategoriesPath,
  adminDistributionPath,
  adminDashboardPath,
  dealPath,
  groupPath,
  HOME_PATH,
  LEADER_APPLY_PATH,
  LEADER_PATH,
  ME_PATH,
  ORDERS_PATH,
  WITHDRAW_PATH,
} from '@/utils/page-paths'
import {
  ADDRESSES_PATH,
  addressEditPath,
  PRIVACY_PATH,
  PROFILE_EDIT_PATH,
  adminMembersPath,
  afterSalePath,
  pickupCodePath,
  adminPollsPath,
  CHECK_IN_PATH,
  CO_CREATOR_APPLY_PATH,
  GROWTH_PATH,
  pollPath,
  POLLS_PATH,
} from '@/utils/member-paths'

import {
  adminContestsPath,
  adminPostsPath,
  contestPath,
  CONTESTS_PATH,
  FEED_PATH,
  MY_POSTS_PATH,
  newContestPostPath,
  newEventPostPath,
  newOrderPostPath,
  NEW_POST_PATH,
  postPath,
  productPostsPath,
} from '@/utils/community-paths'

import { MY_COCREATION_PATH, projectPath, PROJECTS_PATH } from '@/utils/cocreation-paths'
import { EVENTS_PATH, eventPath, VOUCHERS_PATH, voucherPath } from '@/utils/partner-paths'
import { ADMIN_EVENTS_PATH, ADMIN_PARTNERS_PATH, adminPartnerPath, eventEditPath, PARTNER_CONSOLE_PATH, partnerJoinPath } from '@/utils/partner-paths'

import { ADMIN_PROJECTS_PATH, adminProjectEditPath, adminProjectPath } from '@/utils/project-admin-paths'
import { ADMIN_AFTER_SALES_PATH, ADMIN_PICKUP_POINTS_PATH, ADMIN_SHIPPING_PATH, PICKUP_VERIFY_PATH } from '@/utils/fulfilment-paths'

export { HOME_PATH, dealPath, groupPath } from '@/utils/page-paths'

const go = (path: string) => Taro.navigateTo({ url: '/' + path })

export function openDeal(dealId: string): void {
  go(dealPath(dealId))
}

export function openGroup(groupId: string): void {
  go(groupPath(groupId))
}

/** 我的订单, on one of its tabs (待付款 …) or 全部. */
export function openOrders(tab?: string): void {
  go(typeof tab === 'string' && tab ? `${ORDERS_PATH}?tab=${tab}` : ORDERS_PATH)
}

/** Back to the feed (a tab), also from a page opened straight from a share card. */
export function openHome(): void {
  Taro.switchTab({ url: '/' + HOME_PATH })
}

/** 我的 (a tab). */
export function openMe(): void {
  Taro.switchTab({ url: '/' + ME_PATH })
}

/** 团长中心. */
export function openLeader(): void {
  go(LEADER_PATH)
}

/** 团长中心 in place of the page on screen (after an application was approved). */
export function replaceWithLeader(): void {
  Taro.redirectTo({ url: '/' + LEADER_PATH })
}

export function openWithdraw(): void {
  go(WITHDRAW_PATH)
}

/** 申请成为团长. */
export function openLeaderApply(): void {
  go(LEADER_APPLY_PATH)
}

export function openAdminDeals(): void {
  go(adminDealsPath())
}

/** 品牌管理 → 商品分类. */
export function openAdminCategories(): void {
  go(adminCategoriesPath())
}

export function openAdminDealEdit(dealId?: string): void {
  go(adminDealEditPath(dealId))
}

export function openAdminDealGroups(dealId: string): void {
  go(adminDealGroupsPath(dealId))
}

/** 品牌管理 → 分销: applications, distributors, withdrawals, settings. */
export function openAdminDistribution(): void {
  go(adminDistributionPath())
}

/** 品牌管理 → 数据看板: sales, groups, leaders' funnel, community, with CSV export. */
export function openAdminDashboard(): void {
  go(adminDashboardPath())
}

/** 品牌管理 → 发货: ship express orders, send pickup orders to their points; receipt and after-sale days. */
export function openAdminShipping(): void {
  go(ADMIN_SHIPPING_PATH)
}

/** 品牌管理 → 自提点: leader and partner points, their staff. */
export function openAdminPickupPoints(): void {
  go(ADMIN_PICKUP_POINTS_PATH)
}

/** 品牌管理 → 售后: approve (refund) or reject after-sale requests. */
export function openAdminAfterSales(): void {
  go(ADMIN_AFTER_SALES_PATH)
}

/** 共创计划 (brand): the list, the editor (no id: 新建) and a project's console. */
export function openAdminProjects(): void {
  go(ADMIN_PROJECTS_PATH)
}

export function openAdminProjectEdit(projectId?: string): void {
  go(adminProjectEditPath(projectId))
}

export function openAdminProject(projectId: string): void {
  go(adminProjectPath(projectId))
}

/** 自提点核销: for leaders and staff of a pickup point. */
export function openPickupVerify(): void {
  go(PICKUP_VERIFY_PATH)
}

// 成长 · 签到 · 共创官 · 投票 (paths in utils/member-paths).

export function openCheckIn(): void {
  go(CHECK_IN_PATH)
}

export function openGrowth(): void {
  go(GROWTH_PATH)
}

export function openCoCreatorApply(): void {
  go(CO_CREATOR_APPLY_PATH)
}

export function openPolls(): void {
  go(POLLS_PATH)
}

export function openPoll(pollId: string): void {
  go(pollPath(pollId))
}

/** 品牌管理 → 会员: co-creator applications and growth settings. */
export function openAdminMembers(): void {
  go(adminMembersPath())
}

/** 品牌管理 → 投票: create, close and adopt polls. */
export function openAdminPolls(): void {
  go(adminPollsPath())
}

// 晒单 (paths in utils/community-paths).

/** The 社区 tab: the 晒单 feed. */
export function openFeed(): void {
  Taro.switchTab({ url: '/' + FEED_PATH })
}

export function openPost(postId: string): void {
  go(postPath(postId))
}

/** Every 晒单 of one product (from the deal page's 买家晒单). */
export function openProductPosts(productId: string): void {
  go(productPostsPath(productId))
}

export function openNewPost(): void {
  go(NEW_POST_PATH)
}

export function openMyPosts(): void {
  go(MY_POSTS_PATH)
}

/** A post just written, in place of the new-post page. */
export function replaceWithPost(postId: string): void {
  Taro.redirectTo({ url: '/' + postPath(postId) })
}

/** 我的晒单 in place of the new-post page (the post is being reviewed). */
export function replaceWithMyPosts(): void {
  Taro.redirectTo({ url: '/' + MY_POSTS_PATH })
}

/** 品牌管理 → 内容审核: approve, hide and feature posts. */
export function openAdminPosts(): void {
  go(adminPostsPath())
}

/** 征集活动: the list, one contest with its entries, and a new post entering it. */
export function openContests(): void {
  go(CONTESTS_PATH)
}

export function openContest(contestId: string): void {
  go(contestPath(contestId))
}

export function openNewContestPost(contestId: string): void {
  go(newContestPostPath(contestId))
}

/** 品牌管理 → 征集活动: create contests and name their winners. */
export function openAdminContests(): void {
  go(adminContestsPath())
}

/** 晒单 an order that arrived: the new-post page with the order tied. */
export function openNewOrderPost(orderId: string): void {
  go(newOrderPostPath(orderId))
}

// 头像昵称 and the privacy policy (member subpackage).

export function openProfileEdit(): void {
  go(PROFILE_EDIT_PATH)
}

export function openPrivacyPolicy(): void {
  go(PRIVACY_PATH)
}

// 地址管理 and 售后 (member subpackage).

export function openAddresses(): void {
  go(ADDRESSES_PATH)
}

/** A new address (no id) or a saved one; from checkout, the address saved becomes the one chosen there. */
export function openAddressEdit(addressId?: string, from?: 'checkout'): void {
  go(addressEditPath(addressId, from))
}

/** 申请售后 for a completed order. */
export function openAfterSale(orderId: string): void {
  go(afterSalePath(orderId))
}

/** 取货码 of a pickup order whose goods are at the point. */
export function openPickupCode(orderId: string): void {
  go(pickupCodePath(orderId))
}

// 共创计划 (cocreation subpackage).

export function openProjects(): void {
  go(PROJECTS_PATH)
}

export function openProject(projectId: string): void {
  go(projectPath(projectId))
}

/** 我的共创. */
export function openMyCoCreation(): void {
  go(MY_COCREATION_PATH)
}

// 我的卡券 and 线下活动 (member subpackage; paths in utils/partner-paths).

export function openVouchers(): void {
  go(VOUCHERS_PATH)
}

export function openVoucher(voucherId: string): void {
  go(voucherPath(voucherId))
}

export function openEvents(): void {
  go(EVENTS_PATH)
}

export function openEvent(eventId: string): void {
  go(eventPath(eventId))
}

/** 积分商城: points buy coupons and free samples (member subpackage). */
export function openRewards(): void {
  go('member/pages/rewards/index')
}

/** 我的优惠券. */
export function openCoupons(): void {
  go('member/pages/coupons/index')
}

/** 品牌管理 → 积分商城: the catalogue. */
export function openAdminRewards(): void {
  go('admin/pages/rewards/index')
}

/** 发晒单 about an event the member attended: the new-post page with the event tagged. */
export function openNewEventPost(eventId: string): void {
  go(newEventPostPath(eventId))
}

// 合作伙伴 staff (partner subpackage) and the brand's partners and events (admin).

/** 合作伙伴工作台: 核销 vouchers, check attendees in, the partner's figures and events. */
export function openPartnerConsole(): void {
  go(PARTNER_CONSOLE_PATH)
}

/** The console in place of the join page (just became staff). */
export function replaceWithPartnerConsole(): void {
  Taro.redirectTo({ url: '/' + PARTNER_CONSOLE_PATH })
}

/** Accept an invitation; without a token the page asks for one. */
export function openPartnerJoin(token = ''): void {
  go(token ? partnerJoinPath(token) : 'partner/pages/join/index')
}

/** The event editor: an event (by id), or a new one (of partnerId when given). */
export function openEventEdit(eventId?: string, partnerId?: string): void {
  go(eventEditPath(eventId, partnerId))
}

/** 品牌管理 → 合作伙伴: partners, staff invitations, perks. */
export function openAdminPartners(): void {
  go(ADMIN_PARTNERS_PATH)
}

/** One partner (no id: 新建). */
export function openAdminPartner(partnerId?: string): void {
  go(adminPartnerPath(partnerId))
}

/** 品牌管理 → 线下活动. */
export function openAdminEvents(): void {
  go(ADMIN_EVENTS_PATH)
}

/** Back to the page before; opened straight from a link (nothing before it), to `fallback` instead. */
export function goBack(fallback: 'orders' | 'addresses'): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.redirectTo({ url: '/' + (fallback === 'orders' ? ORDERS_PATH : ADDRESSES_PATH) })
}
