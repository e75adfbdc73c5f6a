export default definePageConfig({
  navigationBarTitleText: '我的晒单',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
