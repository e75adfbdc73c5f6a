export default defineAppConfig({
  pages: ['pages/index/index', 'pages/deal/index', 'pages/group/index', 'pages/orders/index', 'pages/me/index'],
  // The brand operator's pages load only when opened, outside the main package.
  subPackages: [
    {
      root: 'admin',
      pages: ['pages/deals/index', 'pages/deal-edit/index', 'pages/deal-groups/index'],
    },
  ],
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
