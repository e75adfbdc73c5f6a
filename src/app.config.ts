export default defineAppConfig({
  pages: ['pages/index/index', 'pages/deal/index'],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f7f4ec',
    navigationBarBackgroundColor: '#f7f4ec',
    navigationBarTitleText: '原野生活',
    navigationBarTextStyle: 'black',
  },
})
