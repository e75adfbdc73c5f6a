export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/community/index',
    'pages/deal/index',
    'pages/orders/index',
    'pages/me/index',
  ],
  // Inject only the components a page uses when it opens (WeChat's 按需注入; its code-quality check asks for it).
  lazyCodeLoading: 'requiredComponents',
  // The brand operator's pages load only when opened, outside the main package.
  subPackages: [
    {
      root: 'admin',
      pages: ['pages/deals/index', 'pages/categories/index', 'pages/deal-edit/index', 'pages/deal-groups/index', 'pages/distribution/index', 'pages/members/index', 'pages/polls/index', 'pages/posts/index', 'pages/contests/index', 'pages/shipping/index', 'pages/pickup-points/index', 'pages/after-sales/index', 'pages/projects/index', 'pages/project-edit/index', 'pages/project/index', 'pages/partners/index', 'pages/partner/index', 'pages/events/index', 'pages/rewards/index', 'pages/dashboard/index'],
    },
    // Pickup point staff (leaders and partner shops): 自提点核销, opened from 我的 and 团长中心;
    // partner staff: the console (核销 vouchers, check attendees in), joining by invitation, their events.
    {
      root: 'partner',
      pages: ['pages/pickup/index', 'pages/console/index', 'pages/join/index', 'pages/event-edit/index'],
    },
    // Growth, check-ins, co-creator applications, polls, 我的卡券 and 线下活动: opened from 我的 and the home page, which preload them.
    {
      root: 'member',
      pages: ['pages/check-in/index', 'pages/growth/index', 'pages/co-creator-apply/index', 'pages/polls/index', 'pages/poll/index', 'pages/addresses/index', 'pages/address-edit/index', 'pages/after-sale/index', 'pages/pickup-code/index', 'pages/vouchers/index', 'pages/voucher/index', 'pages/events/index', 'pages/event/index', 'pages/rewards/index', 'pages/coupons/index', 'pages/profile/index', 'pages/privacy/index'],
    },
    // 晒单: a post, writing one, my own posts; the 社区 tab (and 我的) preload it.
    {
      root: 'community',
      pages: ['pages/post/index', 'pages/new-post/index', 'pages/my-posts/index', 'pages/contests/index', 'pages/contest/index', 'pages/product-posts/index'],
    },
    // A group's page: share cards, posters and group notices open it; the deal page and 我的订单 preload it.
    {
      root: 'group',
      pages: ['pages/detail/index'],
    },
    // 团长: 团长中心, 提现 and 申请成为团长, opened from 我的.
    {
      root: 'leader',
      pages: ['pages/centre/index', 'pages/withdraw/index', 'pages/apply/index'],
    },
    // 共创计划: projects, a project's story and 我的共创; opened from the home page, 我的 and launched deals.
    {
      root: 'cocreation',
      pages: ['pages/projects/index', 'pages/project/index', 'pages/mine/index'],
    },
  ],
  preloadRule: {
    'pages/me/index': { network: 'all', packages: ['member', 'community', 'cocreation'] },
    'pages/index/index': { network: 'all', packages: ['member', 'cocreation'] },
    // Paying on the deal page, or 查看拼团 in 我的订单, opens the group page.
    'pages/deal/index': { network: 'all', packages: ['group'] },
    'pages/orders/index': { network: 'all', packages: ['group'] },
    'pages/community/index': { network: 'all', packages: ['community'] },
  },
  tabBar: {
    color: '#8a8a80',
    selectedColor: '#2f6b3f',
    backgroundColor: '#fffdf8',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/community/index',
        text: '社区',
        iconPath: 'assets/tabbar/community.png',
        selectedIconPath: 'assets/tabbar/community-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f7f4ec',
    navigationBarBackgroundColor: '#f7f4ec',
    navigationBarTitleText: '原野生活',
    navigationBarTextStyle: 'black',
  },
})
