export default definePageConfig({
  navigationBarTitleText: '取货码',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
