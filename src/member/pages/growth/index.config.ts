export default definePageConfig({
  navigationBarTitleText: '成长记录',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
