export default definePageConfig({
  navigationBarTitleText: '活动的团',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
