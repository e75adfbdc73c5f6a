export default definePageConfig({
  navigationBarTitleText: '卡券',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
