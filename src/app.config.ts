export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/deal/index',
    'pages/group/index',
    'pages/orders/index',
    'pages/me/index',
    'pages/leader/index',
    'pages/withdraw/index',
    'pages/leader-apply/index',
  ],
  // The brand operator's pages load only when opened, outside the main package.
  subPackages: [
    {
      root: 'admin',
      pages: ['pages/deals/index', 'pages/deal-edit/index', 'pages/deal-groups/index', 'pages/distribution/index', 'pages/members/index', 'pages/polls/index'],
    },
    // Growth, check-ins, co-creator applications and polls: opened from 我的 and the home page, which preload them.
    {
      root: 'member',
      pages: ['pages/check-in/index', 'pages/growth/index', 'pages/co-creator-apply/index', 'pages/polls/index', 'pages/poll/index'],
    },
  ],
  preloadRule: {
    'pages/me/index': { network: 'all', packages: ['member'] },
    'pages/index/index': { network: 'all', packages: ['member'] },
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
