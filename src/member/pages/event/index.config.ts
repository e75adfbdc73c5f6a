export default definePageConfig({
  navigationBarTitleText: '线下活动',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
